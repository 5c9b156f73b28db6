import http from 'node:http'
import http2 from 'node:http2'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {localCertificate} from './cert'
import type {LakeContext} from './context'
import {EventStreams} from './event-streams'
import type {LakeResponse} from './http'
import {ListenerHub} from './listeners'
import {LoginSessions} from './login-sessions'
import {datasetSyncTag, LiveEventsHub} from './live-events'
import {createPresenceServer} from './presence'
import {createRouter, type UnknownRequest} from './router'
import {allRoutes} from './routes'
import {DocumentStore} from './store'
import {startWebhooks, type WebhookOptions} from './webhook'

/** 40 characters: the Studio's token sign-in (`#token=`) wants 32 or more. */
export const DEMO_EDITOR_TOKEN = 'local-content-lake-demo-editor-token-001'
export const DEMO_EDITOR_ID = 'p-local-demo-editor'

export type LakeOptions = {
  /** Working copy with data.ndjson and images/. */
  dir: string
  port?: number
  httpPort?: number
  projectId?: string
  dataset?: string
  token?: string
  webhook?: WebhookOptions
  strict?: boolean
  /** Where the self-signed certificate is kept; defaults to `<dir>/../.lake-cert`. */
  certDir?: string
  keepaliveMs?: number
  /** How long after a commit data.ndjson is written (commits meanwhile are written with it); 200 ms. */
  writeDelayMs?: number
  log?: (line: Record<string, unknown>) => void
}

export type LocalContentLake = {
  url: string
  httpUrl: string
  caPath: string
  token: string
  projectId: string
  dataset: string
  store: DocumentStore
  unknownRequests(): UnknownRequest[]
  close(): Promise<void>
}

function listen(server: http.Server | http2.Http2SecureServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port))
  })
}

export async function startLocalContentLake(options: LakeOptions): Promise<LocalContentLake> {
  const dir = path.resolve(options.dir)
  const log = options.log ?? ((line) => process.stdout.write(`${JSON.stringify(line)}\n`))
  const store = new DocumentStore(dir, {
    writeDelayMs: options.writeDelayMs,
    onWriteError: (error) => log({event: 'lake.error', where: 'writing data.ndjson', error: error.message}),
  })
  // Commits are answered before they are in the file: whatever ends the process writes them.
  const writeOnExit = () => store.flushSync()
  process.on('exit', writeOnExit)
  const dataset = options.dataset ?? 'production'
  const syncTag = datasetSyncTag(dataset)
  const keepaliveMs = options.keepaliveMs ?? 15_000
  const ctx: LakeContext = {
    store,
    listeners: new ListenerHub(store, keepaliveMs),
    liveEvents: new LiveEventsHub(store, syncTag, keepaliveMs),
    syncTag,
    projectId: options.projectId ?? 'local',
    dataset,
    token: options.token ?? DEMO_EDITOR_TOKEN,
    userId: DEMO_EDITOR_ID,
    imagesDir: path.join(dir, 'images'),
    keyValue: new Map(),
    loginSessions: new LoginSessions(),
    idleStreams: new EventStreams(keepaliveMs),
  }
  const router = createRouter(ctx, allRoutes, {strict: options.strict ?? false, log})
  const webhooks = options.webhook ? startWebhooks(store, options.webhook, log) : undefined
  const presence = createPresenceServer(ctx.dataset)
  const certificate = await localCertificate(options.certDir ?? path.join(dir, '..', '.lake-cert'), [
    `${ctx.projectId}.localhost`,
  ])

  const onRequest = (
    req: http.IncomingMessage | http2.Http2ServerRequest,
    res: http.ServerResponse | http2.Http2ServerResponse,
  ) => void router.handle(req, res as unknown as LakeResponse)
  // HTTP/2 because the Studio keeps more event streams open than HTTP/1.1's six connections per host allow.
  const secure = http2.createSecureServer(
    {key: certificate.key, cert: certificate.cert, allowHTTP1: true},
    onRequest,
  )
  const plain = http.createServer(onRequest)
  // Open event streams would keep close() waiting for ever; every socket is tracked and destroyed.
  const sockets = new Set<{destroy(): void; once(event: 'close', fn: () => void): unknown}>()
  const track = (socket: {destroy(): void; once(event: 'close', fn: () => void): unknown}) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  }
  secure.on('secureConnection', track)
  plain.on('connection', track)
  for (const server of [secure, plain]) {
    server.on('upgrade', (req: http.IncomingMessage, socket, head: Buffer) => {
      if (!presence.upgrade(req, socket, head)) socket.destroy()
    })
  }
  const port = await listen(secure, options.port ?? 3999, '127.0.0.1')
  const httpPort = await listen(plain, options.httpPort ?? 0, '127.0.0.1')
  let closing: Promise<void> | undefined

  return {
    url: `https://localhost:${port}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    caPath: certificate.caPath,
    token: ctx.token,
    projectId: ctx.projectId,
    dataset: ctx.dataset,
    store,
    unknownRequests: router.unknownRequests,
    // Once, however often it is called: closing writes what is not in data.ndjson yet.
    close() {
      closing ??= shutDown()
      return closing
    },
  }

  async function shutDown() {
    webhooks?.stop()
    ctx.listeners.closeAll()
    ctx.liveEvents.closeAll()
    ctx.idleStreams.closeAll()
    presence.close()
    const closed = [secure, plain].map(
      (server) => new Promise<void>((resolve) => server.close(() => resolve())),
    )
    for (const socket of sockets) socket.destroy()
    await Promise.all(closed)
    await store.flush()
    process.off('exit', writeOnExit)
  }
}
