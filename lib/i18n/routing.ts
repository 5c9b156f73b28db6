import {defineRouting} from 'next-intl/routing'
import {DEFAULT_LOCALE, LOCALES} from './locales'

// How public URLs map to the `[locale]` segment. English keeps the root and Chinese lives under
// /zh (PATH_PREFIX), so every English URL stays exactly as it was. Pages are cached by URL, so
// nothing but the URL may choose the edition: no Accept-Language detection, no locale cookie.
// hreflang alternates come from each page's metadata (lib/seo/metadata.ts), which knows whether a
// translation exists; the middleware's own `Link` header could only guess, so it is off.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: {mode: 'as-needed', prefixes: {'zh-Hans': '/zh'}},
  localeDetection: false,
  localeCookie: false,
  alternateLinks: false,
})
