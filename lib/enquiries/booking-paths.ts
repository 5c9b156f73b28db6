import {PATH_PREFIX, type Locale} from '@/lib/i18n/locales'
import {paths} from '@/lib/routes/paths'

/** The booking pages of one edition: the form, its no-JavaScript POST route, the thanks page, the privacy notice. */
export function bookingPaths(locale: Locale) {
  const prefix = PATH_PREFIX[locale]
  return {
    book: (treatmentSlug?: string | null, from?: string) => prefix + paths.book(treatmentSlug, from),
    submit: () => prefix + paths.bookSubmit(),
    thanks: (publicRef: string) => prefix + paths.bookThanks(publicRef),
    privacy: () => prefix + paths.privacy(),
    home: () => prefix || paths.home(),
  }
}
