import type {LakeResponse} from './http'

export function sse(res: LakeResponse, event: string, data: unknown, id?: string): void {
  res.write(`event: ${event}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`)
}

/** The open Server-Sent Events responses of one endpoint, each with what that endpoint needs to know of it. */
export class EventStreams<T extends {res: LakeResponse}> {
  private readonly streams = new Set<T>()
  private readonly keepalive: NodeJS.Timeout

  constructor(keepaliveMs: number) {
    // A comment line keeps proxies and the browser from closing an idle stream.
    this.keepalive = setInterval(
      () => this.streams.forEach(({res}) => res.write(': keepalive\n\n')),
      keepaliveMs,
    )
    this.keepalive.unref()
  }

  open(stream: T): void {
    stream.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    })
    this.streams.add(stream)
    stream.res.on('close', () => this.streams.delete(stream))
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this.streams.values()
  }

  get size(): number {
    return this.streams.size
  }

  closeAll(): void {
    clearInterval(this.keepalive)
    for (const {res} of this.streams) res.end()
    this.streams.clear()
  }
}
