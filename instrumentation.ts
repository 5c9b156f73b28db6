import type {Instrumentation} from 'next'

// Node-only code is imported inside the NEXT_RUNTIME check, so the Edge build never compiles it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const config = (await import('./lib/platform/startup-checks')).checkStartupConfiguration()
    // `next build` loads this file too; a build must not send mail or hold timers.
    if (!config) return
    await (await import('./lib/content/warm-content-source')).warmContentSource()
    // The one place background work starts: once per server process, not from page renders.
    const {startScheduledWork, stopScheduledWork} = await import('./lib/scheduled-work')
    const {onShutdown} = await import('./lib/platform/shutdown')
    startScheduledWork()
    onShutdown(stopScheduledWork)
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const {isContentUnavailable} = await import('./lib/content/content-unavailable')
    // Under server.mjs, the request then answers 503 + Retry-After instead of Next's 500.
    if (isContentUnavailable(error)) (await import('./lib/platform/request-stamps.mjs')).markContentUnavailable(request.headers)
    const {logRequestError} = await import('./lib/platform/http/log-request-error')
    logRequestError(error, request, context)
  }
}
