// The production server: `npm start` (node server.mjs [-p port] [-H hostname]). It is Next's
// documented custom server (next() + getRequestHandler()) plus what `next start` cannot do: it
// stamps the socket's address on each request (the rate limits key on it when no proxy is in
// front) and answers 503 instead of 500 for a page the content source could not provide
// (lib/platform/request-stamps.mjs).
import http from 'node:http'
import {parseArgs} from 'node:util'
import {stampRequest} from './lib/platform/request-stamps.mjs'

const {values} = parseArgs({
  options: {port: {type: 'string', short: 'p'}, hostname: {type: 'string', short: 'H'}},
})
const port = Number(values.port ?? process.env.PORT ?? 3000)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server.mjs: port must be a number from 0 to 65535, got ${values.port ?? process.env.PORT}`)
  process.exit(1)
}
// As `next start` does: the app reads its own port from PORT (the schedule timer calls itself on it).
process.env.PORT = String(port)
// Like `next start`: all interfaces unless -H names one (HOSTNAME is often the machine's name).
const hostname = values.hostname
process.env.NODE_ENV ??= 'production'

const {default: next} = await import('next')
const app = next({dev: false, dir: process.cwd(), hostname: hostname ?? 'localhost', port})
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  stampRequest(req, res)
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.listen(port, hostname, () => {
  const address = server.address()
  const where = typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address)
  console.log(JSON.stringify({level: 'info', event: 'server.listening', address: where}))
})

// On SIGTERM: stop accepting connections, let the requests in flight finish, then exit (a deploy
// waits for them; a request that never ends is cut off after 10 s).
process.once('SIGTERM', () => {
  server.close(() => app.close().finally(() => process.exit(0)))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
})
