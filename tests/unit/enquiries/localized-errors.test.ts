import {createTranslator} from 'next-intl'
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

it('formats every booking message in both languages (ICU syntax, arguments and tags)', () => {
  const values = {
    count: 2, max: 2000, minutes: 3, ref: 'ABCDE-FGHJK', name: 'none', email: 'dpo@example.com', phone: 'none',
    clinic: 'Test Clinic', whatsapp: '+65 9123 4567', opens: '09:00', closes: '18:00',
  }
  const tags = Object.fromEntries(['privacy', 'mail', 'link', 'strong'].map((tag) => [tag, (chunks: unknown) => `[${String(chunks)}]`]))
  for (const [locale, messages] of [['en', en], ['zh-Hans', zhHans]] as const) {
    const t = createTranslator({locale, messages: {booking: messages}, namespace: 'booking'}) as unknown as {
      markup: (key: string, values: object) => string
    }
    for (const key of Object.keys(shape(messages))) {
      const text = t.markup(key, {...values, ...tags})
      expect(text).not.toMatch(/[{}<>]/)
    }
  }
  const zh = createTranslator({locale: 'zh-Hans', messages: {booking: zhHans}, namespace: 'booking'}) as unknown as {
    markup: (key: string, values: object) => string
  }
  expect(zh.markup('purpose.dpo', {name: '陈小姐', email: 'dpo@example.com', mail: (c: string) => `[${c}]`})).toBe('，或联系我们的资料保护官（陈小姐）：[dpo@example.com]')
  expect(zh.markup('thanks.notFound', {phone: '6123 4567', link: (c: string) => `[${c}]`})).toBe('这个链接与我们收到的任何咨询都不相符。请[重新发送表格]，或致电 6123 4567 联系我们。')
})
