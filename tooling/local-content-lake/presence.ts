import type {IncomingMessage} from 'node:http'
import type {Duplex} from 'node:stream'
import {randomBytes} from 'node:crypto'
import {WebSocketServer, type WebSocket} from 'ws'
import {splitApiVersion} from './router'

const HEARTBEAT = '\u2665'

type RpcRequest = {jsonrpc?: string; id?: string; method?: string; params?: Record<string, unknown>}

/**
 * The Studio's presence socket (bifur, JSON-RPC 2.0). One editor needs no one else's presence, so
 * every call is acknowledged and every subscription gets an id and no events.
 */
export function createPresenceServer(dataset: string) {
  const wss = new WebSocketServer({noServer: true})

  wss.on('connection', (socket: WebSocket) => {
    const heartbeat = setInterval(() => socket.send(HEARTBEAT), 20_000)
    heartbeat.unref()
    socket.on('close', () => clearInterval(heartbeat))
    socket.on('message', (raw) => {
      let request: RpcRequest
      try {
        request = JSON.parse(raw.toString()) as RpcRequest
      } catch {
        return
      }
      if (!request.id || typeof request.method !== 'string') return
      const result = request.method.endsWith('_subscribe') ? `s${randomBytes(8).toString('hex')}` : true
      socket.send(JSON.stringify({jsonrpc: '2.0', id: request.id, result}))
    })
  })

  return {
    /** Takes the upgrade when it is the presence socket; returns false so the caller can refuse others. */
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
      const {path} = splitApiVersion(new URL(req.url ?? '/', 'http://lake.invalid').pathname)
      if (path !== `/socket/${dataset}`) return false
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
      return true
    },
    close() {
      for (const client of wss.clients) client.terminate()
      wss.close()
    },
  }
}
