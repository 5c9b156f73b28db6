// lib/publishing's entry point: what app/ and other features may use.
export {handlePublishWebhook} from './webhook-route'
