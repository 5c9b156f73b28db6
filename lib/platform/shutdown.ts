import {log} from './log'
import {ensureBackgroundWork, stopBackgroundWork} from '@/lib/enquiries/background'

/**
 * On SIGTERM Next stops accepting connections and drains requests in flight; alongside it the
 * outbox stops scheduling sends and lets a running send finish. A send cut off by the exit is not
 * lost: its lease runs out and another sender (or this one after restart) sends it.
 */
export function stopBackgroundWorkOnShutdown(): void {
  process.once('SIGTERM', () => {
    log.info('server.shutdown', {signal: 'SIGTERM'})
    stopBackgroundWork().catch((error: unknown) => log.error('enquiries.shutdown_failed', {error}))
  })
}

/** Starts the outbox timer with the server, so mail queued before a crash or deploy goes out at once. */
export function startBackgroundWork(): void {
  // `next build` also loads instrumentation; a build must not send mail or hold timers.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  ensureBackgroundWork()
}
