// Next refuses a server action whose Origin names another host than the request's (CSRF), but
// answers that with a 500, which reads as a fault in the logs and the monitoring. The proxy
// answers it first with a 403. Same comparison as Next: the Origin's host against
// X-Forwarded-Host, else Host. A request without Origin is left to Next, as Next leaves it.
export function isForeignOriginAction(request: Request): boolean {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return false
  const origin = request.headers.get('origin')
  if (origin === null) return false
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '').split(',')[0].trim()
  try {
    return new URL(origin).host !== host
  } catch {
    // "null" (a sandboxed frame, a data: page) or garbage: not this site.
    return true
  }
}
