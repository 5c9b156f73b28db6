// A plain HTML form POST to a route handler, read with the checks a server action gets from Next:
// same origin, a form content type, a bounded body. Route handlers get none of them for free.

export type FormPost = {ok: true; formData: FormData} | {ok: false; response: Response}

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded']

function refuse(status: number, message: string): FormPost {
  return {
    ok: false,
    response: new Response(message, {
      status,
      headers: {'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store'},
    }),
  }
}

/** The host the browser addressed, as a proxy in front forwards it. */
function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
}

function sameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin')
  // Browsers send Origin with every form POST; a missing one is an old browser or a script,
  // which the form's signed token and rate limit already deal with.
  if (!origin) return true
  try {
    return new URL(origin).host === requestHost(headers)
  } catch {
    return false
  }
}

async function readBody(request: Request, maxBytes: number): Promise<Blob | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) return undefined
  if (!request.body) return new Blob([])
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const {done, value} = await reader.read()
    if (done) break
    size += value.byteLength
    // A chunked body has no Content-Length to check up front.
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return new Blob(chunks as BlobPart[])
}

export async function readFormPost(request: Request, {maxBytes}: {maxBytes: number}): Promise<FormPost> {
  if (!sameOrigin(request.headers)) return refuse(403, 'This form was sent from another site.')
  const contentType = request.headers.get('content-type') ?? ''
  if (!FORM_TYPES.some((type) => contentType.toLowerCase().startsWith(type))) {
    return refuse(415, 'Send the form as multipart/form-data or application/x-www-form-urlencoded.')
  }
  const body = await readBody(request, maxBytes)
  if (!body) return refuse(413, `The form is larger than ${Math.round(maxBytes / 1024)} KB.`)
  try {
    const formData = await new Response(body, {headers: {'content-type': contentType}}).formData()
    return {ok: true, formData}
  } catch {
    return refuse(400, 'The form could not be read.')
  }
}
