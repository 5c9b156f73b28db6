import type {Instrumentation} from 'next'

// Node-only code is imported inside the NEXT_RUNTIME check, so the Edge build never compiles it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const config = (await import('./lib/platform/startup-checks')).checkStartupConfiguration()
    if (config && (config.TRUSTED_PROXY_HOPS ?? 0) === 0) (await import('./lib/enquiries/peer-address')).installPeerAddressStamp()
    const {installOutageStatus} = await import('./lib/http/outage-status')
    await installOutageStatus()
    // `next build` loads this file too; a build must not send mail or hold timers.
    if (!config) return
    // The one place background work starts: once per server process, not from page renders.
    const {startScheduledWork, stopScheduledWork} = await import('./lib/scheduled-work')
    const {onShutdown} = await import('./lib/platform/shutdown')
    startScheduledWork()
    onShutdown(stopScheduledWork)
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
