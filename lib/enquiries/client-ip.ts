// The nearest proxy appends the connecting address to X-Forwarded-For, so the right-most entry
// is the one a client cannot forge. `next start` without a proxy fills the header from the
// socket only when it is absent, so deploy behind a proxy that overwrites it (nginx:
// proxy_set_header X-Forwarded-For $remote_addr) for the per-IP limit to hold.
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop()
  return last || headers.get('x-real-ip') || 'unknown'
}
