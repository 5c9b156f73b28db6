import {sealSession, unsealSession} from '@/lib/staff/sessions'
import {hashPassword, verifyPassword} from '@/lib/staff/passwords'

const secret = 'session-test-secret-0123456789abcdefghij'

describe('sealed session cookie', () => {
  const now = new Date('2026-05-01T00:00:00Z')
  const expires = new Date(now.getTime() + 3600_000)

  it('round-trips the token until it expires', () => {
    const sealed = sealSession(secret, 'token-123', expires)
    expect(sealed).not.toContain('token-123')
    expect(unsealSession(secret, sealed, now)).toBe('token-123')
    expect(unsealSession(secret, sealed, new Date(expires.getTime() + 1))).toBeUndefined()
  })

  it('rejects a cookie sealed with another secret or altered in any byte', () => {
    const sealed = sealSession(secret, 'token-123', expires)
    expect(unsealSession('another-secret-0123456789abcdefghijklmn', sealed, now)).toBeUndefined()
    const bytes = Buffer.from(sealed, 'base64url')
    bytes[20] = (bytes[20] ?? 0) ^ 1
    expect(unsealSession(secret, bytes.toString('base64url'), now)).toBeUndefined()
    expect(unsealSession(secret, 'garbage', now)).toBeUndefined()
  })
})

describe('scrypt password hashes', () => {
  it('verifies the right password only, with a fresh salt per hash', async () => {
    const a = await hashPassword('correct horse battery')
    const b = await hashPassword('correct horse battery')
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('correct horse battery', a)).toBe(true)
    expect(await verifyPassword('correct horse batterY', a)).toBe(false)
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false)
  })
})
