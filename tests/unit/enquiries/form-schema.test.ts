import {buildEnquirySchema, normalisePhone, readEnquiryForm} from '@/lib/enquiries/form-schema'
import {MESSAGE_MAX_LENGTH} from '@/lib/enquiries/form-fields'

const schema = buildEnquirySchema({treatmentSlugs: ['chemical-peel', 'laser-toning']})

const valid = {
  treatment: 'chemical-peel',
  fullName: 'Tan Mei Ling',
  phone: '9123 4567',
  email: 'mei.ling@example.com',
  patientType: 'new',
  preferredDays: ['mon', 'sat'],
  timeOfDay: 'evening',
  message: 'I would like to ask about a first consultation.',
  consent: 'on',
}

function errorsFor(input: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]))
}

describe('phone numbers', () => {
  it.each([
    ['+65 9123 4567', '+6591234567'],
    ['91234567', '+6591234567'],
    ['6123-4567', '+6561234567'],
    ['8123 4567', '+6581234567'],
    ['3123 4567', '+6531234567'],
    ['1800 123 4567', '+6518001234567'],
    ['(+65) 9123-4567', '+6591234567'],
    ['+60 12-345 6789', '+60123456789'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('accepts %s as %s', (input, e164) => {
    expect(normalisePhone(input)).toBe(e164)
    const result = schema.safeParse({...valid, phone: input})
    expect(result.success && result.data.phone).toBe(e164)
  })

  it.each(['12345', '9123 456', '5123 4567', '+65 1234', 'call me', ''])('rejects %j', (input) => {
    expect(errorsFor({...valid, phone: input}).phone).toBeDefined()
  })
})

describe('email', () => {
  it.each(['a@b.co', 'siti.nuraini+clinic@example.com.sg'])('accepts %s', (email) => {
    expect(schema.safeParse({...valid, email}).success).toBe(true)
  })
  it.each(['', 'not-an-email', 'a@', '@b.com', 'a b@c.com', `${'x'.repeat(250)}@example.com`])(
    'rejects %j',
    (email) => {
      expect(errorsFor({...valid, email}).email).toBeDefined()
    },
  )
  it('trims surrounding spaces', () => {
    const result = schema.parse({...valid, email: '  mei@example.com '})
    expect(result.email).toBe('mei@example.com')
  })
})

describe('names', () => {
  it.each([
    '陈美玲',
    'முத்து s/o ராமசாமி',
    "Siti Nur'aini binte Abdullah",
    'Nurul Ain bte Mohd. Yusof',
    'Tan Ah-Kow',
    'José Ramírez',
    "D'Souza, Maria",
    'Nguyễn Thị Minh Khai',
  ])('accepts %s', (fullName) => {
    expect(errorsFor({...valid, fullName})).toEqual({})
  })

  it('accepts a long name up to the limit and rejects one over it', () => {
    expect(schema.safeParse({...valid, fullName: 'A'.repeat(120)}).success).toBe(true)
    expect(errorsFor({...valid, fullName: 'A'.repeat(121)}).fullName).toBe('fullNameTooLong')
  })

  it.each(['', '   ', '12345', '<script>', "'quoted", 'Robert); DROP TABLE'])('rejects %j', (fullName) => {
    expect(errorsFor({...valid, fullName}).fullName).toBeDefined()
  })

  it('collapses runs of whitespace', () => {
    expect(schema.parse({...valid, fullName: '  Tan   Mei\tLing '}).fullName).toBe('Tan Mei Ling')
  })
})

describe('message', () => {
  it('is optional', () => {
    const {message: _omitted, ...rest} = valid
    expect(schema.parse(rest).message).toBe('')
  })
  it('accepts exactly the limit and rejects one character more', () => {
    expect(schema.safeParse({...valid, message: 'x'.repeat(MESSAGE_MAX_LENGTH)}).success).toBe(true)
    expect(errorsFor({...valid, message: 'x'.repeat(MESSAGE_MAX_LENGTH + 1)}).message).toBe('messageTooLong')
  })
  it('counts a submitted CRLF line break as one character, as the browser did', () => {
    const message = `${'x'.repeat(999)}\r\n${'y'.repeat(1000)}`
    const result = schema.parse({...valid, message})
    expect(result.message).toHaveLength(MESSAGE_MAX_LENGTH)
  })
})

describe('consent and choices', () => {
  it('requires consent to be contacted', () => {
    expect(errorsFor({...valid, consent: undefined}).consent).toBe('consentRequired')
    expect(errorsFor({...valid, consent: ''}).consent).toBeDefined()
  })
  it('keeps marketing opt-in separate and off unless ticked', () => {
    expect(schema.parse(valid).marketingOptIn).toBe(false)
    expect(schema.parse({...valid, marketingOptIn: 'on'}).marketingOptIn).toBe(true)
  })
  it('accepts no treatment, rejects an unknown one', () => {
    expect(schema.parse({...valid, treatment: ''}).treatment).toBeUndefined()
    expect(errorsFor({...valid, treatment: 'miracle-cure'}).treatment).toBeDefined()
  })
  it('requires new or returning', () => {
    expect(errorsFor({...valid, patientType: undefined}).patientType).toBeDefined()
    expect(errorsFor({...valid, patientType: 'vip'}).patientType).toBeDefined()
  })
  it('validates preferred days and time of day', () => {
    expect(schema.parse({...valid, preferredDays: undefined, timeOfDay: undefined})).toMatchObject({
      preferredDays: [],
      timeOfDay: 'any',
    })
    expect(errorsFor({...valid, preferredDays: ['someday']}).preferredDays).toBeDefined()
    expect(errorsFor({...valid, timeOfDay: 'midnight'}).timeOfDay).toBeDefined()
  })
})

describe('readEnquiryForm', () => {
  it('collects repeated checkbox values and drops action ids', () => {
    const fd = new FormData()
    fd.append('preferredDays', 'mon')
    fd.append('preferredDays', 'tue')
    fd.append('fullName', 'Lim')
    fd.append('$ACTION_ID_abc', '')
    expect(readEnquiryForm(fd)).toEqual({preferredDays: ['mon', 'tue'], fullName: 'Lim'})
  })
})

describe('message: control characters and NRIC/FIN numbers', () => {
  it('strips NUL and other C0 control characters but keeps line breaks and tabs', () => {
    const result = schema.safeParse({...valid, message: 'Hello\u0000 there\u0007\r\nsecond\tline\u001b'})
    expect(result.success && result.data.message).toBe('Hello there\nsecond\tline')
  })

  it.each(['S1234567D', 'my IC is t7654321z.', 'FIN: G 1234567 X', 'M1234567K', '(F1234567N)', 'Ｓ１２３４５６７Ｄ', 'S 123 4567 D', 'ic s-123-4567-d', 'Ｓ　１２３　４５６７　Ｄ'])(
    'refuses an NRIC/FIN number in the message: %s',
    (nric) => {
      expect(errorsFor({...valid, message: `Please call me. ${nric}`}).message).toBe('messageNric')
    },
  )

  it.each(['Call me on 91234567 after 6pm', 'Model S1234567 is my phone', 'ref AS1234567DX'])(
    'does not mistake other text for an NRIC: %s',
    (message) => {
      expect(errorsFor({...valid, message})).toEqual({})
    },
  )
})
