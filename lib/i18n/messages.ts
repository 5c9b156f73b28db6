import type {Locale} from './locales'

// Each area's file is a namespace of the same name (I18N-CONTRACT.md): `site`, `booking`, `search`.
// Static imports per locale, so the bundler knows every file and nothing is read from disk at run time.
const loaders: Record<Locale, () => Promise<Record<string, unknown>>> = {
  en: async () => ({
    site: (await import('@/messages/en/site.json')).default,
    booking: (await import('@/messages/en/booking.json')).default,
    search: (await import('@/messages/en/search.json')).default,
  }),
  'zh-Hans': async () => ({
    site: (await import('@/messages/zh-Hans/site.json')).default,
    booking: (await import('@/messages/zh-Hans/booking.json')).default,
    search: (await import('@/messages/zh-Hans/search.json')).default,
  }),
}

export function loadMessages(locale: Locale) {
  return loaders[locale]()
}
