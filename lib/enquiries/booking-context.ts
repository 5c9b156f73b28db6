import 'server-only'
import {getSettings, getTreatments, type Settings} from '@/lib/content'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'

export interface TreatmentOption {
  slug: string
  name: string
}

export interface BookingContext {
  treatments: TreatmentOption[]
  settings: Settings
}

/**
 * What the booking form and its action need from the CMS: the treatments and the clinic settings,
 * in `locale`'s edition. Treatment slugs are the same in every edition; the action stores the
 * English names (staff work in English), the form shows the edition's.
 */
export async function loadBookingContext(locale: Locale = DEFAULT_LOCALE): Promise<BookingContext> {
  const [treatments, settings] = await Promise.all([getTreatments(locale), getSettings(locale)])
  return {
    treatments: treatments.flatMap((t) => (t.slug && t.name ? [{slug: t.slug, name: t.name}] : [])),
    settings,
  }
}
