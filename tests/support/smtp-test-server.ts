import {SMTPServer, type SMTPServerSession} from 'smtp-server'
import type {AddressInfo} from 'node:net'

export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
  headers: Record<string, string>
}

/** A real SMTP server in the test process; `reject` decides per message whether to answer with an error. */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = []
  reject: ((count: number) => {code: number; message: string} | undefined) | undefined
  private server: SMTPServer | undefined
  private attempts = 0
  port = 0

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          this.attempts += 1
          const failure = this.reject?.(this.attempts)
          if (failure) {
            const error = Object.assign(new Error(failure.message), {responseCode: failure.code})
            return callback(error)
          }
          const raw = Buffer.concat(chunks).toString('utf8')
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            headers: parseHeaders(raw),
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(port, '127.0.0.1', () => resolve())
    })
    this.port = (this.server.server.address() as AddressInfo).port
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`
  }

  async stop(): Promise<void> {
    if (!this.server) return
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
    this.server = undefined
  }
}

function parseHeaders(raw: string): Record<string, string> {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? ''
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim()
  }
  return headers
}
