import {ACCOUNT_BACKOFF, attemptStaffLogin} from '@/lib/staff/login-throttle'
import {
  disableStaffUser,
  listStaffUsers,
  StaffAccountDisabledError,
  upsertStaffUser,
} from '@/lib/staff/accounts'
import {findSessionUser, SESSION_IDLE_MS, startSession} from '@/lib/staff/sessions'
import {dialects, openTestDb, type TestDb} from '@/tests/support/test-db'

// Sign-in back-off (not a lock), disable/list/staff:add, and the idle timeout.
// Password hashing dominates these tests; on a shared machine they need more than the default.
jest.setTimeout(90_000)

describe.each(dialects)('staff access (%s)', (dialect) => {
  let t: TestDb
  const secret = 'staff-access-test-secret-0123456789abcdef'
  const password = 'correct horse battery'

  beforeAll(async () => {
    t = await openTestDb(dialect)
  })
  afterAll(() => t.cleanup())

  const account = (email: string) => upsertStaffUser(t.db, {email, name: 'Front desk', password})

  it('never keeps the owner out for more than 30 seconds, however many wrong guesses an attacker makes', async () => {
    await account('desk@clinic.test')
    let now = new Date('2026-04-01T01:00:00Z')
    const attacker = {email: 'desk@clinic.test', password: 'guess', ip: '198.51.100.66', secret}
    const outcomes: string[] = []
    for (let i = 0; i < 40; i++) {
      const attempt = await attemptStaffLogin(t.db, {...attacker, now})
      outcomes.push(attempt.kind)
      // The attacker retries as soon as allowed.
      now = new Date(now.getTime() + (attempt.kind === 'wait' ? attempt.seconds * 1000 : 100))
    }
    expect(outcomes.filter((k) => k === 'wrong').length).toBeGreaterThan(ACCOUNT_BACKOFF.freeFailures)
    expect(outcomes).toContain('wait')
    // Right after the attacker's last guess, the front desk (another address) waits at most 30 s.
    const blocked = await attemptStaffLogin(t.db, {email: 'desk@clinic.test', password, ip: '203.0.113.5', secret, now})
    const wait = blocked.kind === 'wait' ? blocked.seconds : 0
    expect(wait).toBeLessThanOrEqual(30)
    const later = new Date(now.getTime() + wait * 1000)
    const owner = await attemptStaffLogin(t.db, {email: 'desk@clinic.test', password, ip: '203.0.113.5', secret, now: later})
    expect(owner.kind).toBe('signed_in')
  })

  it('signs in the front desk with the right password at once from the browser it used before, while strangers keep guessing', async () => {
    await account('reception@clinic.test')
    let now = new Date('2026-04-03T01:00:00Z')
    const first = await attemptStaffLogin(t.db, {email: 'reception@clinic.test', password, ip: '203.0.113.5', secret, now})
    expect(first.kind).toBe('signed_in')
    const deviceCookie = first.kind === 'signed_in' ? first.deviceCookie : ''

    // Wrong guesses from addresses of one IPv6 /64, each retried as soon as allowed.
    const outcomes: string[] = []
    for (let i = 0; i < 15; i++) {
      const attempt = await attemptStaffLogin(t.db, {email: 'reception@clinic.test', password: 'guess', ip: `2001:db8:66:1::${i + 1}`, secret, now})
      outcomes.push(attempt.kind)
      now = new Date(now.getTime() + (attempt.kind === 'wait' ? attempt.seconds * 1000 : 100))
    }
    expect(outcomes).toContain('wait')
    // Right after the last guess: a new browser waits, the front desk's own does not.
    expect((await attemptStaffLogin(t.db, {email: 'reception@clinic.test', password, ip: '203.0.113.6', secret, now})).kind).toBe('wait')
    const desk = await attemptStaffLogin(t.db, {email: 'reception@clinic.test', password, ip: '203.0.113.5', secret, deviceCookie, now})
    expect(desk.kind).toBe('signed_in')
    // A forged device cookie earns nothing.
    const forged = await attemptStaffLogin(t.db, {email: 'reception@clinic.test', password, ip: '203.0.113.6', secret, deviceCookie: `${deviceCookie}x`, now})
    expect(forged.kind).toBe('wait')
  })

  it('counts all addresses of one IPv6 /64 as one client', async () => {
    let now = new Date('2026-04-05T01:00:00Z')
    let longest = 0
    for (let i = 0; i < 40; i++) {
      // A new address of the /64 for every guess, at a new account each time.
      const ip = `2001:db8:77:1:${i.toString(16)}::1`
      const attempt = await attemptStaffLogin(t.db, {email: `v6-${i}@clinic.test`, password: 'x', ip, secret, now})
      if (attempt.kind === 'wait') longest = Math.max(longest, attempt.seconds)
      now = new Date(now.getTime() + (attempt.kind === 'wait' ? attempt.seconds * 1000 : 100))
    }
    expect(longest).toBeGreaterThan(30)
  })

  it('judges a trusted browser by its own wrong passwords', async () => {
    await account('nurse@clinic.test')
    let now = new Date('2026-04-04T01:00:00Z')
    const first = await attemptStaffLogin(t.db, {email: 'nurse@clinic.test', password, ip: '203.0.113.7', secret, now})
    const deviceCookie = first.kind === 'signed_in' ? first.deviceCookie : ''
    const kinds: string[] = []
    for (let i = 0; i < 8; i++) {
      const attempt = await attemptStaffLogin(t.db, {email: 'nurse@clinic.test', password: 'typo', ip: '203.0.113.7', secret, deviceCookie, now})
      kinds.push(attempt.kind)
      now = new Date(now.getTime() + 100)
    }
    expect(kinds).toContain('wait')
  })

  it('slows one address spraying many accounts for much longer than one account', async () => {
    let now = new Date('2026-04-02T01:00:00Z')
    let longest = 0
    for (let i = 0; i < 40; i++) {
      const attempt = await attemptStaffLogin(t.db, {email: `n${i}@clinic.test`, password: 'x', ip: '198.51.100.77', secret, now})
      if (attempt.kind === 'wait') longest = Math.max(longest, attempt.seconds)
      now = new Date(now.getTime() + (attempt.kind === 'wait' ? attempt.seconds * 1000 : 100))
    }
    expect(longest).toBeGreaterThan(30)
  })

  it('staff:disable ends an open session at its next request; staff:add does not re-enable silently', async () => {
    const {user} = await account('leaver@clinic.test')
    const {token} = await startSession(t.db, user.id)
    expect(await findSessionUser(t.db, token)).toMatchObject({email: 'leaver@clinic.test'})
    const result = await disableStaffUser(t.db, 'Leaver@clinic.test')
    expect(result).toMatchObject({sessionsEnded: 1, alreadyDisabled: false})
    expect(await findSessionUser(t.db, token)).toBeUndefined()
    expect((await attemptStaffLogin(t.db, {email: 'leaver@clinic.test', password, ip: '203.0.113.9', secret})).kind).toBe('wrong')

    await expect(account('leaver@clinic.test')).rejects.toThrow(StaffAccountDisabledError)
    expect((await listStaffUsers(t.db)).find((a) => a.email === 'leaver@clinic.test')?.disabledAt).toBeTruthy()
    const enabled = await upsertStaffUser(t.db, {email: 'leaver@clinic.test', name: 'Back', password}, {enable: true})
    expect(enabled).toMatchObject({created: false, enabled: true})
    expect((await listStaffUsers(t.db)).find((a) => a.email === 'leaver@clinic.test')).toMatchObject({disabledAt: null, name: 'Back'})
    expect(await disableStaffUser(t.db, 'nobody@clinic.test')).toBeUndefined()
  })

  it('staff:list shows each account with its open sessions', async () => {
    const {user} = await account('lister@clinic.test')
    await startSession(t.db, user.id)
    await startSession(t.db, user.id)
    expect((await listStaffUsers(t.db)).find((a) => a.email === 'lister@clinic.test')).toMatchObject({
      name: 'Front desk',
      disabledAt: null,
      activeSessions: 2,
    })
  })

  it('ends a session after 30 minutes without a request, and slides while it is used', async () => {
    const {user} = await account('idle@clinic.test')
    const start = new Date('2026-04-03T01:00:00Z')
    const {token} = await startSession(t.db, user.id, start)
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)
    // Used every 20 minutes for two hours: still signed in (the 8-hour limit is far away).
    for (let m = 20; m <= 120; m += 20) expect(await findSessionUser(t.db, token, at(m))).toBeDefined()
    expect(await findSessionUser(t.db, token, at(120 + SESSION_IDLE_MS / 60_000 + 1))).toBeUndefined()
  })
})
