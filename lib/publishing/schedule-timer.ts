import type {DueTransition} from '@/lib/content'
import {log} from '@/lib/platform/log'

// After the scheduled time, so that the content source's own now() has passed it when the pages
// re-render (its clock may trail this server's a little).
export const FIRE_AFTER_MS = 1000
// The longest the timer sleeps: a post scheduled on another instance, or by a publish this
// process did not see, is noticed within this.
export const POLL_MS = 30_000
// A failed round (server not listening yet, source down) is retried sooner than the poll.
export const RETRY_MS = 5000
const MIN_DELAY_MS = 200

/** How long to sleep before the next round: until just after the next transition, at most POLL_MS. */
export function delayUntil(next: Date | null, now: number): number {
  if (!next) return POLL_MS
  return Math.min(POLL_MS, Math.max(MIN_DELAY_MS, next.getTime() + FIRE_AFTER_MS - now))
}

export type ScheduleTimerDeps = {
  findDue: (from: Date, to: Date) => Promise<DueTransition[]>
  findNext: (after: Date) => Promise<Date | null>
  /** Revalidates the window's posts inside a Next request (the publish-due route). */
  revalidateWindow: (since: Date, until: Date) => Promise<void>
  /**
   * How far back the first round looks: transitions that passed while no server ran, whose pages
   * the persistent cache may still hold as they were.
   */
  lookbackMs: number
  now?: () => number
}

export type ScheduleTimer = {
  start(): void
  stop(): Promise<void>
  /** Looks again now: a publish may have set a time sooner than the one the timer sleeps until. */
  nudge(): void
  /** One round; answers the delay it chose before the next (tests, and the timer itself). */
  runOnce(): Promise<number>
}

/**
 * Sleeps until the next publish or take-down time, then revalidates the posts whose time has come.
 * Every instance runs its own; a revalidation twice over is harmless, and each instance's own
 * cache (without Redis) needs its own. The window only moves on once its pages were revalidated,
 * so a failed round is repeated rather than lost.
 */
export function createScheduleTimer(deps: ScheduleTimerDeps): ScheduleTimer {
  const now = deps.now ?? Date.now
  let checkedUntil = now() - deps.lookbackMs
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> | undefined
  let stopped = true
  let failing = false

  async function round(): Promise<number> {
    const until = now()
    try {
      const since = new Date(checkedUntil)
      const due = await deps.findDue(since, new Date(until))
      if (due.length > 0) {
        await deps.revalidateWindow(since, new Date(until))
        log.info('schedule.revalidated', {posts: due.map((p) => p._id), since: since.toISOString(), until: new Date(until).toISOString()})
      }
      checkedUntil = until
      if (failing) log.info('schedule.recovered', {})
      failing = false
      return delayUntil(await deps.findNext(new Date(until)), now())
    } catch (error) {
      // Once per streak: a server that cannot reach itself would otherwise log every few seconds.
      if (!failing) log.warn('schedule.round_failed', {error, retryInSeconds: RETRY_MS / 1000})
      failing = true
      return RETRY_MS
    }
  }

  function runOnce(): Promise<number> {
    running ??= round().finally(() => {
      running = undefined
    })
    return running
  }

  // One pending timeout at most: a nudge during a round and the round's own re-arm replace each other.
  function arm(delay: number) {
    if (stopped) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      void runOnce().then(arm)
    }, delay)
    timer.unref()
  }

  return {
    start() {
      if (!stopped) return
      stopped = false
      arm(0)
    },
    nudge() {
      arm(0)
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
    runOnce,
  }
}
