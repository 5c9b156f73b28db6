import type {Instrumentation} from 'next'

// Node-only code is imported inside the NEXT_RUNTIME check, so the Edge build never compiles it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const {installOutageStatus} = await import('./lib/http/outage-status')
    await installOutageStatus()
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const {markIfContentUnavailable} = await import('./lib/http/outage-status')
    markIfContentUnavailable(error, request.headers as Record<string, unknown>)
  }
}
