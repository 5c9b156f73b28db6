import 'server-only'
import {findDueTransitions, findNextTransition} from '@/lib/content'
import {env} from '@/lib/platform/env'
import {MAX_WINDOW_MS, SELF_CALL_HEADER, selfCallToken} from './publish-due'
import {createScheduleTimer, type ScheduleTimer} from './schedule-timer'

const SELF_CALL_TIMEOUT_MS = 20_000

/** The publish-due route on this very process: the server listens on PORT on every interface or on loopback. */
async function revalidateOnThisServer(since: Date, until: Date): Promise<void> {
  const url = new URL(`http://127.0.0.1:${env().PORT}/api/cron/publish-due`)
  url.searchParams.set('since', since.toISOString())
  url.searchParams.set('until', until.toISOString())
  const response = await fetch(url, {
    headers: {[SELF_CALL_HEADER]: selfCallToken()},
    signal: AbortSignal.timeout(SELF_CALL_TIMEOUT_MS),
  })
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}: ${(await response.text()).slice(0, 200)}`)
}

// On globalThis so that dev-mode module reloads do not start a second timer.
const holder = globalThis as typeof globalThis & {__scheduleTimer?: ScheduleTimer}

/** Starts this process's schedule timer (instrumentation, through lib/scheduled-work.ts). */
export function startScheduleTimer(): void {
  holder.__scheduleTimer ??= createScheduleTimer({
    findDue: findDueTransitions,
    findNext: findNextTransition,
    revalidateWindow: revalidateOnThisServer,
    // Older transitions' pages have expired by time already.
    lookbackMs: Math.min(env().CONTENT_REVALIDATE_SECONDS * 1000, MAX_WINDOW_MS),
  })
  holder.__scheduleTimer.start()
}

export async function stopScheduleTimer(): Promise<void> {
  await holder.__scheduleTimer?.stop()
}

/** After a publish this process received: the post may have a publish or take-down time sooner than the timer knows. */
export function nudgeScheduleTimer(): void {
  holder.__scheduleTimer?.nudge()
}
