// lib/publishing's entry point: what app/ and other features may use.
export {handlePublishWebhook} from './webhook-route'
export {handlePublishDue} from './publish-due-route'
export {startScheduleTimer, stopScheduleTimer} from './schedule-work'
