import type {Instrumentation} from 'next'

// Node-only code is imported inside the NEXT_RUNTIME check, so the Edge build never compiles it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    ;(await import('./lib/platform/startup-checks')).checkStartupConfiguration()
    const {installOutageStatus} = await import('./lib/http/outage-status')
    await installOutageStatus()
    const {startBackgroundWork, stopBackgroundWorkOnShutdown} = await import('./lib/platform/shutdown')
    startBackgroundWork()
    stopBackgroundWorkOnShutdown()
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const {markIfContentUnavailable} = await import('./lib/http/outage-status')
    markIfContentUnavailable(error, request.headers as Record<string, unknown>)
    const {logRequestError} = await import('./lib/platform/http/log-request-error')
    logRequestError(error, request, context)
  }
}
