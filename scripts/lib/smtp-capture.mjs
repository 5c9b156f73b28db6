import smtpServer from 'smtp-server'

/**
 * An SMTP server in this process for the benchmarks and the scale-out suite: it accepts every
 * message and hands its raw text and recipients to `onMessage`. Listens on a free loopback port.
 * @param {(raw: string, recipients: string[]) => void} onMessage
 */
export async function startSmtpCapture(onMessage) {
  const server = new smtpServer.SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk) => (raw += chunk))
      stream.on('end', () => {
        onMessage(
          raw,
          session.envelope.rcptTo.map((r) => r.address),
        )
        callback()
      })
    },
  })
  // A killed server process drops its SMTP connections mid-message; that is expected, not a crash.
  server.on('error', () => {})
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {port: server.server.address().port, close: () => server.close()}
}
