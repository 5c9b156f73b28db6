// A plain HTML form POST to a route handler, read with the checks a server action gets from Next:
// same origin, a form content type, a bounded body. Route handlers get none of them for free.

import {readBoundedBody} from './read-bounded-body'

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

export async function readFormPost(request: Request, {maxBytes}: {maxBytes: number}): Promise<FormPost> {
  if (!sameOrigin(request.headers)) return refuse(403, 'This form was sent from another site.')
  const contentType = request.headers.get('content-type') ?? ''
  if (!FORM_TYPES.some((type) => contentType.toLowerCase().startsWith(type))) {
    return refuse(415, 'Send the form as multipart/form-data or application/x-www-form-urlencoded.')
  }
  const body = await readBoundedBody(request, maxBytes)
  if (!body.ok && body.reason === 'too-large') return refuse(413, `The form is larger than ${Math.round(maxBytes / 1024)} KB.`)
  if (!body.ok) return refuse(400, 'The form could not be read.')
  try {
    const formData = await new Response(body.bytes as BodyInit, {headers: {'content-type': contentType}}).formData()
    return {ok: true, formData}
  } catch {
    return refuse(400, 'The form could not be read.')
  }
}
