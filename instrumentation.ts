import type {Instrumentation} from 'next'

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const http = await import('node:http')
  const {installOutageStatus} = await import('./lib/http/outage-status')
  installOutageStatus(http.ServerResponse)
}

export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const {markIfContentUnavailable} = await import('./lib/http/outage-status')
  markIfContentUnavailable(error, request.headers as Record<string, unknown>)
}
