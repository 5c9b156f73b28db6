import {createTranslator} from 'next-intl'
import type {Locale} from '@/lib/i18n/locales'
import en from '@/messages/en/booking.json'
import zhHans from '@/messages/zh-Hans/booking.json'
import {EMAIL_MAX_LENGTH, MESSAGE_MAX_LENGTH, NAME_MAX_LENGTH} from './form-fields'

// The booking messages for code that runs outside a page render: the form's action and POST
// route (errors), and the outbox (the patient's acknowledgement email), which runs from a timer
// with no request and so cannot use next-intl's getTranslations. Pages use getTranslations with
// the same files (namespace `booking`), so there is one copy of every string.
const MESSAGES: Record<Locale, typeof en> = {en, 'zh-Hans': zhHans}

export type BookingText = (key: string, values?: Record<string, string | number>) => string

/** Plain-text messages of the `booking` namespace in `locale`. */
export function bookingText(locale: Locale): BookingText {
  const t = createTranslator({locale, messages: {booking: MESSAGES[locale]}, namespace: 'booking'})
  return (key, values) => (t as unknown as BookingText)(key, values)
}

/** What a field error's message may refer to: the limits the schema applies. */
const ERROR_VALUES = {
  fullNameTooLong: {max: NAME_MAX_LENGTH},
  messageTooLong: {max: MESSAGE_MAX_LENGTH},
  emailTooLong: {max: EMAIL_MAX_LENGTH},
} as Record<string, Record<string, number>>

/**
 * A field error in `locale`. The schema reports keys of `booking.errors` (form-schema.ts); anything
 * else (zod's own message for a shape no browser sends, such as a list where one value belongs)
 * reads as the generic "check this answer".
 */
export function fieldErrorText(locale: Locale, key: string): string {
  const errors = MESSAGES[locale].errors as Record<string, string>
  return bookingText(locale)(key in errors ? `errors.${key}` : 'errors.generic', ERROR_VALUES[key])
}

/** Every field error of a form state in `locale`. */
export function localizeFieldErrors<F extends string>(
  locale: Locale,
  fieldErrors: Partial<Record<F, string>>,
): Partial<Record<F, string>> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, key]) => [field, fieldErrorText(locale, String(key))]),
  ) as Partial<Record<F, string>>
}
