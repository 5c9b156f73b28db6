/**
 * A request body of at most `maxBytes`, or `too-large`. Checked against Content-Length first and
 * then while reading, because a chunked body has no length and a declared one can lie: a client
 * cannot make the server buffer more than the limit either way. A stream that breaks off is
 * `unreadable`.
 */
export type BoundedBody = {ok: true; bytes: Uint8Array} | {ok: false; reason: 'too-large' | 'unreadable'}

export async function readBoundedBody(request: Request, maxBytes: number): Promise<BoundedBody> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) return {ok: false, reason: 'too-large'}
  if (!request.body) return {ok: true, bytes: new Uint8Array()}
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const {done, value} = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => {})
        return {ok: false, reason: 'too-large'}
      }
      chunks.push(value)
    }
  } catch {
    return {ok: false, reason: 'unreadable'}
  }
  return {ok: true, bytes: Buffer.concat(chunks)}
}
