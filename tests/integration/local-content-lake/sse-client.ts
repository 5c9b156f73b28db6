import http from 'node:http'

export type SseEvent = {event: string; data: unknown; id?: string}

/** A bare Server-Sent Events reader over node:http, so the test sees exactly what the server wrote. */
export function openEventStream(url: string, token?: string) {
  const events: SseEvent[] = []
  const comments: string[] = []
  const waiters: (() => void)[] = []
  let request: http.ClientRequest | undefined
  const opened = new Promise<number>((resolve, reject) => {
    request = http.get(url, {headers: token ? {authorization: `Bearer ${token}`} : {}}, (res) => {
      resolve(res.statusCode ?? 0)
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const fields: Record<string, string> = {}
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line)
            const at = line.indexOf(': ')
            if (at > 0) fields[line.slice(0, at)] = line.slice(at + 2)
          }
          if (fields.event)
            events.push({event: fields.event, data: JSON.parse(fields.data ?? 'null'), id: fields.id})
          waiters.splice(0).forEach((wake) => wake())
        }
      })
    })
    request.on('error', reject)
  })
  async function waitFor(predicate: (events: SseEvent[]) => boolean, timeoutMs = 5000): Promise<SseEvent[]> {
    const deadline = Date.now() + timeoutMs
    while (!predicate(events)) {
      if (Date.now() > deadline) throw new Error(`Timed out; events so far: ${JSON.stringify(events)}`)
      await new Promise<void>((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 100)
      })
    }
    return events
  }
  return {events, comments, opened, waitFor, close: () => request?.destroy()}
}
