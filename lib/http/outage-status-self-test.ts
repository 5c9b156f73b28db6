import {AsyncLocalStorage} from 'node:async_hooks'
import http, {type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {createRequire} from 'node:module'
import path from 'node:path'
import {ContentUnavailableError} from '@/lib/content/content-unavailable'
import {markIfContentUnavailable, OUTAGE_RETRY_AFTER_SECONDS, type SelfTest} from './outage-status'

/** How the framework hands a failed render to onRequestError; the default is the installed Next's own code. */
export type ReportRenderError = (request: IncomingMessage, error: unknown, onRequestError: (error: unknown, headers: Record<string, unknown>) => void) => Promise<void>

type RouteModulePrototype = {
  onRequestError(this: unknown, req: IncomingMessage, err: unknown, context: object, silenceLog: boolean): Promise<void>
}

// The module Next's app pages run on in this process (it picks the same compiled runtime by the
// same environment variables). Loaded at run time, outside the bundle.
const APP_PAGE_MODULE = 'next/dist/server/route-modules/app-page/module.compiled.js'

/** Next's AppPageRouteModule.onRequestError, which builds the `request` argument of onRequestError. */
export const nextReportsRenderError: ReportRenderError = async (request, error, onRequestError) => {
  // Next's server sets this global before anything loads; outside it (tests) the runtime needs it too.
  const global = globalThis as {AsyncLocalStorage?: unknown}
  global.AsyncLocalStorage ??= AsyncLocalStorage
  const load = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'))
  const {AppPageRouteModule} = load(/*turbopackIgnore: true*/ APP_PAGE_MODULE) as {AppPageRouteModule: {prototype: RouteModulePrototype}}
  const instrumentation = {
    async instrumentationOnRequestError(_req: unknown, err: unknown, req: {headers: Record<string, unknown>}) {
      onRequestError(err, req.headers)
    },
  }
  await AppPageRouteModule.prototype.onRequestError.call(instrumentation, request, error, {}, true)
}

/**
 * One real request through a throwaway local server on the patched ServerResponse: the error
 * reaches onRequestError the way the installed Next delivers it, the render then fails with 500,
 * and the client must receive 503 with Retry-After.
 */
export function outageStatusSelfTest(report: ReportRenderError = nextReportsRenderError): SelfTest {
  return async (serverResponse) => {
    let reportFailed: unknown
    const server = http.createServer({ServerResponse: serverResponse as typeof ServerResponse}, (req, res) => {
      report(req, new ContentUnavailableError('outage status self-test'), (error, headers) => {
        markIfContentUnavailable(error, headers)
      })
        .catch((error: unknown) => (reportFailed = error))
        .finally(() => {
          res.statusCode = 500
          res.end()
        })
    })
    try {
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve))
      const {port} = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`, {signal: AbortSignal.timeout(5000)})
      await response.arrayBuffer()
      if (reportFailed) return {ok: false, reason: `the error did not reach onRequestError: ${reportFailed instanceof Error ? reportFailed.message : String(reportFailed)}`}
      if (response.status === 503 && response.headers.get('retry-after') === String(OUTAGE_RETRY_AFTER_SECONDS)) return {ok: true}
      return {ok: false, reason: `a render failing with ContentUnavailableError answered ${response.status}, not 503`}
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}

export const proveOutageStatus: SelfTest = (serverResponse) => outageStatusSelfTest()(serverResponse)
