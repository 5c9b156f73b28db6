import {issueFormToken, verifyFormToken} from '@/lib/enquiries/form-token'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const rendered = new Date('2026-01-05T02:00:00Z')
const after = (seconds: number) => new Date(rendered.getTime() + seconds * 1000)

describe('form render token', () => {
  const token = issueFormToken(secret, rendered)

  it('accepts a form filled in at human speed and returns a stable nonce', () => {
    const a = verifyFormToken(token, {secret, minFillSeconds: 3, now: after(20)})
    const b = verifyFormToken(token, {secret, minFillSeconds: 3, now: after(40)})
    expect(a.ok && b.ok && a.nonce === b.nonce).toBe(true)
  })

  it('rejects a submission faster than the minimum fill time', () => {
    expect(verifyFormToken(token, {secret, minFillSeconds: 3, now: after(1)})).toEqual({
      ok: false,
      reason: 'too_fast',
    })
  })

  it('accepts at once when the minimum fill time is zero', () => {
    expect(verifyFormToken(token, {secret, minFillSeconds: 0, now: rendered}).ok).toBe(true)
  })

  it('rejects a form older than a day', () => {
    expect(verifyFormToken(token, {secret, minFillSeconds: 3, now: after(24 * 3600 - 1)}).ok).toBe(true)
    expect(verifyFormToken(token, {secret, minFillSeconds: 3, now: after(24 * 3600 + 1)})).toEqual({
      ok: false,
      reason: 'expired',
    })
  })

  it('rejects a token signed with another secret, altered, or from the future', () => {
    const other = issueFormToken('another-secret-that-is-long-enough-987654', rendered)
    expect(verifyFormToken(other, {secret, minFillSeconds: 0, now: after(10)})).toEqual({
      ok: false,
      reason: 'invalid',
    })
    const [issued, nonce, sig] = token.split('.')
    const backdated = `${Number(issued) - 3_600_000}.${nonce}.${sig}`
    expect(verifyFormToken(backdated, {secret, minFillSeconds: 0, now: after(10)})).toEqual({
      ok: false,
      reason: 'invalid',
    })
    expect(verifyFormToken(token, {secret, minFillSeconds: 0, now: after(-600)})).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it.each(['', 'garbage', 'a.b.c', '1.2.3.4'])('rejects malformed token %j', (bad) => {
    expect(verifyFormToken(bad, {secret, minFillSeconds: 0, now: after(10)})).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })
})
