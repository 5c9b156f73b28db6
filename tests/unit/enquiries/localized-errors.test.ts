import en from '@/messages/en/booking.json'
import zhHans from '@/messages/zh-Hans/booking.json'
import {bookingText, fieldErrorText, localizeFieldErrors} from '@/lib/enquiries/booking-text'
import {buildEnquirySchema} from '@/lib/enquiries/form-schema'
import {MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH} from '@/lib/enquiries/form-fields'

// The schema reports keys; the form's edition turns them into sentences. Both editions must have
// every key (a missing one would show the key itself to a patient).

const schema = buildEnquirySchema({treatmentSlugs: ['chemical-peel']})
const valid = {fullName: 'Tan Mei Ling', phone: '91234567', email: 'mei@example.com', patientType: 'new', consent: 'on'}

function errorKeys(input: Record<string, unknown>): Record<string, string> {
  const result = schema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]))
}

/** Every key path of a messages object, with the ICU arguments each message uses. */
function shape(messages: object, prefix = ''): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, [...new Set([...value.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]!))].sort()]]
        : Object.entries(shape(value as object, `${prefix}${key}.`)),
    ),
  )
}

it('the English and Chinese booking messages have the same keys and the same arguments', () => {
  expect(shape(zhHans)).toEqual(shape(en))
})

it('reports keys of booking.errors, not English sentences', () => {
  const keys = errorKeys({...valid, phone: '12', consent: undefined, fullName: 'A'.repeat(NAME_MAX_LENGTH + 1)})
  expect(keys).toEqual({phone: 'phoneInvalid', consent: 'consentRequired', fullName: 'fullNameTooLong'})
  for (const key of Object.values(keys)) {
    expect(en.errors).toHaveProperty(key)
    expect(zhHans.errors).toHaveProperty(key)
  }
})

describe.each([
  ['en', /^Enter a valid phone number, such as 9123 4567/, /120 characters or fewer/, /2000 characters or fewer/, /NRIC or FIN/],
  ['zh-Hans', /^请填写有效的电话号码/, /不能超过 120 个字符/, /不能超过 2000 个字/, /NRIC\/FIN/],
] as const)('field errors in %s', (locale, phone, name, message, nric) => {
  it('reads each error in the language of the form, with the limits filled in', () => {
    const keys = errorKeys({
      ...valid,
      phone: '12',
      fullName: 'A'.repeat(NAME_MAX_LENGTH + 1),
      message: 'x'.repeat(MESSAGE_MAX_LENGTH + 1),
    })
    const text = localizeFieldErrors(locale, keys)
    expect(text.phone).toMatch(phone)
    expect(text.fullName).toMatch(name)
    expect(text.message).toMatch(message)
    expect(fieldErrorText(locale, errorKeys({...valid, message: 'my IC is S1234567D'}).message!)).toMatch(nric)
  })

  it('shows zod’s own message for an unexpected shape as the generic “check this answer”', () => {
    expect(fieldErrorText(locale, 'Invalid input: expected string, received array')).toBe(bookingText(locale)('errors.generic'))
  })
})

it('words the rate limit per edition, with English plurals', () => {
  expect(bookingText('en')('formErrors.rateLimited', {minutes: 1})).toMatch(/in 1 minute,/)
  expect(bookingText('en')('formErrors.rateLimited', {minutes: 5})).toMatch(/in 5 minutes,/)
  expect(bookingText('zh-Hans')('formErrors.rateLimited', {minutes: 5})).toMatch(/请在 5 分钟后再试/)
})
