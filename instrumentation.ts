import type {Instrumentation} from 'next'

// Node-only code is imported inside the NEXT_RUNTIME check, so the Edge build never compiles it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    ;(await import('./lib/enquiries/startup-checks')).checkStartupConfiguration()
    const {startBackgroundWork, stopBackgroundWorkOnShutdown} = await import('./lib/enquiries/shutdown')
    startBackgroundWork()
    stopBackgroundWorkOnShutdown()
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const {isContentUnavailable} = await import('./lib/content/content-unavailable')
    // Under server.mjs, the request then answers 503 + Retry-After instead of Next's 500.
    if (isContentUnavailable(error)) (await import('./lib/platform/request-stamps.mjs')).markContentUnavailable(request.headers)
    const {logRequestError} = await import('./lib/http/log-request-error')
    logRequestError(error, request, context)
  }
}
