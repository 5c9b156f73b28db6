import 'server-only'
import {env} from './env'
import {log} from './log'
import {getSessionSecret} from './session-secret'

/**
 * Run once when the server starts (instrumentation): a configuration that would fail later, or
 * fail quietly (a secret per process, clients choosing their own address), stops the server now
 * with a message naming the variable. Answers the configuration, or undefined during `next build`.
 */
export function checkStartupConfiguration(): ReturnType<typeof env> | undefined {
  // `next build` also loads instrumentation and need not have the runtime secrets.
  if (process.env.NEXT_PHASE === 'phase-production-build') return undefined
  try {
    const config = env()
    getSessionSecret()
    // Not fatal (pages and the webhook work), but a renamed page would leave a 404 behind.
    if (config.SANITY_PROJECT_ID && !config.SANITY_API_REDIRECT_TOKEN) {
      log.warn('server.configuration_incomplete', {variable: 'SANITY_API_REDIRECT_TOKEN', effect: 'a renamed page leaves no redirect at its old address'})
    }
    return config
  } catch (error) {
    log.error('server.configuration_invalid', {error})
    console.error(error instanceof Error ? error.message : String(error))
    // Next logs a failing register() and carries on serving; a misconfigured server must not.
    process.exit(1)
  }
}
