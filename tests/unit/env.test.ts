import {parseEnv} from '@/lib/env'

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
  ])('rejects %s=%s and names the variable', (name, value) => {
    expect(() => parseEnv({[name]: value})).toThrow(new RegExp(`\\b${name}\\b`))
  })

  it('needs a recipient when email is switched on', () => {
    expect(() => parseEnv({SMTP_URL: 'smtp://mail:25'})).toThrow(/CLINIC_NOTIFY_EMAIL/)
  })
})
