import {parseEnv} from '@/lib/platform/env'

describe('environment validation', () => {
  it('runs with nothing configured (the embedded default)', () => {
    const env = parseEnv({})
    expect(env.SANITY_PROJECT_ID).toBeUndefined()
    expect(env.DATABASE_URL).toBeUndefined()
    expect(env.SITE_URL).toBe('http://localhost:3000')
    expect(env.CONTENT_REVALIDATE_SECONDS).toBe(3600)
    expect(env.SQLITE_PATH).toBe('./data/enquiries.sqlite')
    expect(env.ENQUIRY_SEND_ACKNOWLEDGEMENT).toBe(false)
  })

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['false', false],
    ['0', false],
    ['', false],
  ])('reads ENQUIRY_SEND_ACKNOWLEDGEMENT=%s as %s', (value, expected) => {
    expect(parseEnv({ENQUIRY_SEND_ACKNOWLEDGEMENT: value}).ENQUIRY_SEND_ACKNOWLEDGEMENT).toBe(expected)
  })

  it('reads SHARED_CACHE_REFRESH_URLS as a list (commas or spaces), none when unset or empty', () => {
    expect(parseEnv({}).SHARED_CACHE_REFRESH_URLS).toEqual([])
    expect(parseEnv({SHARED_CACHE_REFRESH_URLS: ' '}).SHARED_CACHE_REFRESH_URLS).toEqual([])
    expect(parseEnv({SHARED_CACHE_REFRESH_URLS: 'http://127.0.0.1:8081/, http://10.0.0.2:8081 http://10.0.0.3:8081'}).SHARED_CACHE_REFRESH_URLS).toEqual([
      'http://127.0.0.1:8081',
      'http://10.0.0.2:8081',
      'http://10.0.0.3:8081',
    ])
  })

  it('accepts a full configuration', () => {
    const env = parseEnv({
      SITE_URL: 'https://clinic.example.sg/',
      SANITY_PROJECT_ID: 'abc123',
      SANITY_DATASET: 'production',
      SANITY_API_VERSION: 'v2025-02-19',
      DATABASE_URL: 'postgres://u:p@db:5432/clinic',
      SMTP_URL: 'smtp://mail:587',
      CLINIC_NOTIFY_EMAIL: 'front-desk@clinic.example.sg',
      SESSION_SECRET: 'x'.repeat(40),
      CONTENT_REVALIDATE_SECONDS: '600',
    })
    expect(env.SITE_URL).toBe('https://clinic.example.sg')
    expect(env.CONTENT_REVALIDATE_SECONDS).toBe(600)
  })

  it.each([
    ['SITE_URL', 'clinic.example.sg'],
    ['SANITY_PROJECT_ID', 'Not A Project'],
    ['SANITY_DATASET', 'has spaces'],
    ['SANITY_API_VERSION', '2025'],
    ['DATABASE_URL', 'mysql://db/clinic'],
    ['SMTP_URL', 'http://mail'],
    ['SESSION_SECRET', 'short'],
    ['CONTENT_REVALIDATE_SECONDS', 'hourly'],
    ['CONTENT_REVALIDATE_SECONDS', '0'],
    ['ENQUIRY_RATE_LIMIT', '2.5'],
    ['REDIS_URL', 'localhost:6379'],
    ['ENQUIRY_SEND_ACKNOWLEDGEMENT', 'maybe'],
    ['CRON_SECRET', 'short'],
    ['PREVIEW_SECRET', '1'],
    ['SANITY_REVALIDATE_SECRET', 'webhook'],
    ['SHARED_CACHE_REFRESH_URLS', 'http://127.0.0.1:8081,127.0.0.1:8082'],
    ['SHARED_CACHE_REFRESH_URLS', 'ftp://cache'],
  ])('rejects %s=%s and names the variable', (name, value) => {
    expect(() => parseEnv({[name]: value})).toThrow(new RegExp(`\\b${name}\\b`))
  })

  it.each(['SESSION_SECRET', 'PREVIEW_SECRET', 'SANITY_REVALIDATE_SECRET', 'CRON_SECRET'])('takes %s from 32 characters, not one fewer', (name) => {
    expect(() => parseEnv({[name]: 'x'.repeat(31)})).toThrow(new RegExp(`\\b${name}\\b.*at least 32`))
    expect(() => parseEnv({[name]: 'x'.repeat(32)})).not.toThrow()
  })

  it('needs a recipient when email is switched on', () => {
    expect(() => parseEnv({SMTP_URL: 'smtp://mail:25'})).toThrow(/CLINIC_NOTIFY_EMAIL/)
  })
})

describe('production and shared-service requirements', () => {
  const secret = 'x'.repeat(40)

  it.each([['DATABASE_URL', 'postgres://u:p@db:5432/clinic'], ['REDIS_URL', 'redis://cache:6379']])(
    'requires SESSION_SECRET when %s is set, naming the variable',
    (name, value) => {
      expect(() => parseEnv({[name]: value})).toThrow(/SESSION_SECRET is required when .*(DATABASE_URL|REDIS_URL)/)
      expect(() => parseEnv({[name]: value, SESSION_SECRET: secret})).not.toThrow()
    },
  )

  it('refuses an http:// SITE_URL in production, except on this machine', () => {
    const base = {NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '1'}
    expect(() => parseEnv({...base, SITE_URL: 'http://clinic.example.sg'})).toThrow(/SITE_URL must start with https:\/\//)
    expect(() => parseEnv({...base, SITE_URL: 'https://clinic.example.sg'})).not.toThrow()
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:4010', 'http://[::1]:3000']) {
      expect(() => parseEnv({NODE_ENV: 'production', SITE_URL: url})).not.toThrow()
    }
    expect(() => parseEnv({NODE_ENV: 'development', SITE_URL: 'http://clinic.example.sg'})).not.toThrow()
  })

  it('requires TRUSTED_PROXY_HOPS in production for a public site or with shared services', () => {
    expect(() => parseEnv({NODE_ENV: 'production', SITE_URL: 'https://clinic.example.sg'})).toThrow(/TRUSTED_PROXY_HOPS is required/)
    expect(() =>
      parseEnv({NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1:3000', DATABASE_URL: 'postgres://db/x', SESSION_SECRET: secret}),
    ).toThrow(/TRUSTED_PROXY_HOPS is required/)
    // The e2e harness: production build on localhost with SQLite, no proxy.
    expect(parseEnv({NODE_ENV: 'production', SITE_URL: 'http://localhost:3000'}).TRUSTED_PROXY_HOPS).toBeUndefined()
    expect(parseEnv({NODE_ENV: 'production', SITE_URL: 'https://clinic.example.sg', TRUSTED_PROXY_HOPS: '0'}).TRUSTED_PROXY_HOPS).toBe(0)
  })

  it.each(['-1', '1.5', 'one'])('rejects TRUSTED_PROXY_HOPS=%s', (value) => {
    expect(() => parseEnv({TRUSTED_PROXY_HOPS: value})).toThrow(/TRUSTED_PROXY_HOPS/)
  })

  it('has a site-wide enquiry ceiling of 30 a minute by default', () => {
    expect(parseEnv({}).ENQUIRY_SITE_LIMIT_PER_MINUTE).toBe(30)
    expect(() => parseEnv({ENQUIRY_SITE_LIMIT_PER_MINUTE: '0'})).toThrow(/ENQUIRY_SITE_LIMIT_PER_MINUTE/)
  })
})

describe('while next build runs (NEXT_PHASE=phase-production-build)', () => {
  it('does not ask for what only a running server needs (proxy hops, the shared session secret)', () => {
    const build = {NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build', SITE_URL: 'https://clinic.example.sg'}
    expect(() => parseEnv({...build, DATABASE_URL: 'postgres://db/x'})).not.toThrow()
    expect(() => parseEnv({...build, SITE_URL: 'http://clinic.example.sg'})).toThrow(/SITE_URL/)
  })
})
