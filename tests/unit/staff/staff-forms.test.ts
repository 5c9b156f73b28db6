import {loginSchema, noteSchema, statusSchema} from '@/lib/staff/staff-forms'

// Postgres refuses NUL in text: a control character in any staff field must never reach a query.
const id = '0b7f8a52-3f3e-4c1e-9a53-6f1a7c2e9d10'
const NUL = '\u0000'

describe('staff forms drop control characters', () => {
  it('from the login email', () => {
    const parsed = loginSchema.parse({email: ` Desk${NUL}@Clinic.test\u0007 `, password: 'secret'})
    expect(parsed.email).toBe('desk@clinic.test')
  })

  it('from notes, keeping line breaks and tabs', () => {
    expect(noteSchema.parse({id, note: `Called${NUL} back\r\nno answer\t\u001b`}).note).toBe('Called back\nno answer')
    expect(statusSchema.parse({id, status: 'contacted', note: `left${NUL} a message`}).note).toBe('left a message')
  })

  it('and a note of control characters only is empty', () => {
    expect(noteSchema.safeParse({id, note: `${NUL}\u0007`}).success).toBe(false)
  })
})
