import 'server-only'
import {enquiryTasks, outboxWaiting, stopOutboxSender} from '@/lib/enquiries'
import {type RecurringTask, runTask, startRecurringTasks, stopRecurringTasks} from '@/lib/platform/background'
import {startScheduleTimer, stopScheduleTimer} from '@/lib/publishing'
import {staffHousekeepingTask} from '@/lib/staff'

// Every recurring job of the server in one list: instrumentation.ts starts their timers in a
// long-running server; app/api/cron/enquiries runs each once per call where there are no timers
// (serverless). The one module in lib/ that puts features together; nothing in lib/ imports it.

function scheduledTasks(): RecurringTask[] {
  return [...enquiryTasks(), staffHousekeepingTask]
}

export function startScheduledWork(): void {
  startRecurringTasks(scheduledTasks())
  // Not a fixed-interval task: it sleeps until the next scheduled post's time.
  if (process.env.NEXT_PHASE !== 'phase-production-build') startScheduleTimer()
}

/** Stops the timers and lets a send in progress finish (SIGTERM, tests). */
export async function stopScheduledWork(): Promise<void> {
  await stopRecurringTasks()
  await stopScheduleTimer()
  await stopOutboxSender()
}

/** One round of every task; answers what is still waiting in the outbox. */
export async function runScheduledWorkOnce() {
  for (const task of scheduledTasks()) await runTask(task)
  return outboxWaiting()
}
