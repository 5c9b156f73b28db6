import {getRequestConfig} from 'next-intl/server'
import {DEFAULT_LOCALE, isLocale} from './locales'
import {loadMessages} from './messages'

// next-intl's per-request configuration (next.config.js points the plugin here). Server Components
// pass the locale explicitly (`getTranslations({locale, namespace})`), so pages never read it from
// the request and stay static.
export default getRequestConfig(async ({locale, requestLocale}) => {
  const requested = locale ?? (await requestLocale)
  const resolved = isLocale(requested) ? requested : DEFAULT_LOCALE
  return {
    locale: resolved,
    messages: await loadMessages(resolved),
    // Dates are the clinic's: Singapore time whatever the server's zone.
    timeZone: 'Asia/Singapore',
  }
})
