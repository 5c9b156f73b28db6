import {log} from './log'

/**
 * On SIGTERM Next stops accepting connections and drains requests in flight; alongside it `stop`
 * lets the background work finish what it is doing (a send cut off by the exit is not lost: its
 * lease runs out and another sender, or this one after a restart, sends it).
 */
export function onShutdown(stop: () => Promise<void>): void {
  process.once('SIGTERM', () => {
    log.info('server.shutdown', {signal: 'SIGTERM'})
    stop().catch((error: unknown) => log.error('server.shutdown_failed', {error}))
  })
}
