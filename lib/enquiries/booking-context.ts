import 'server-only'
import {getSettings, getTreatments, type Settings} from '@/lib/content'

export interface TreatmentOption {
  slug: string
  name: string
}

export interface BookingContext {
  treatments: TreatmentOption[]
  settings: Settings
}

/** What the booking form and its action need from the CMS: the treatments and the clinic settings. */
export async function loadBookingContext(): Promise<BookingContext> {
  const [treatments, settings] = await Promise.all([getTreatments(), getSettings()])
  return {
    treatments: treatments.flatMap((t) => (t.slug && t.name ? [{slug: t.slug, name: t.name}] : [])),
    settings,
  }
}
