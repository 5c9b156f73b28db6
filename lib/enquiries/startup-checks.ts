import 'server-only'
import {env} from '@/lib/env'
import {log} from '@/lib/log'
import {getSessionSecret} from './session-secret'

/**
 * Run once when the server starts (instrumentation): a configuration that would fail later, or
 * fail quietly (a secret per process, clients choosing their own address), stops the server now
 * with a message naming the variable.
 */
export function checkStartupConfiguration(): void {
  // `next build` also loads instrumentation and need not have the runtime secrets.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  try {
    env()
    getSessionSecret()
  } catch (error) {
    log.error('server.configuration_invalid', {error})
    console.error(error instanceof Error ? error.message : String(error))
    // Next logs a failing register() and carries on serving; a misconfigured server must not.
    process.exit(1)
  }
}
