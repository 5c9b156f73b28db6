import {sessionCookieOptions} from '@/lib/staff/auth'

describe('staff session cookie', () => {
  it('is a browser-session cookie: no Expires, no Max-Age', () => {
    const options = sessionCookieOptions({NODE_ENV: 'production', SITE_URL: 'https://clinic.example.sg'})
    expect(options).not.toHaveProperty('expires')
    expect(options).not.toHaveProperty('maxAge')
    expect(options).toMatchObject({httpOnly: true, sameSite: 'lax', path: '/staff'})
  })

  it('is Secure whenever NODE_ENV is production, whatever SITE_URL says', () => {
    expect(sessionCookieOptions({NODE_ENV: 'production', SITE_URL: 'http://localhost:3000'}).secure).toBe(true)
    expect(sessionCookieOptions({NODE_ENV: 'production', SITE_URL: 'https://clinic.example.sg'}).secure).toBe(true)
    expect(sessionCookieOptions({NODE_ENV: 'development', SITE_URL: 'http://localhost:3000'}).secure).toBe(false)
  })
})
