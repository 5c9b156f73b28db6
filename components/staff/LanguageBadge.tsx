import {enquiryLocale} from '@/lib/enquiries/enquiry-language'
import type {Locale} from '@/lib/i18n/locales'

// English enquiries carry no badge: English is the default and most of the inbox.
const BADGE: Partial<Record<Locale, {own: string; english: string}>> = {
  'zh-Hans': {own: '中文', english: 'Chinese'},
}

/**
 * Marks an enquiry sent from the Chinese form, so staff reply in Chinese. The Chinese word is
 * tagged with its language so a screen reader pronounces it.
 */
export function LanguageBadge({language}: {language: string}) {
  const locale = enquiryLocale(language)
  const badge = BADGE[locale]
  if (!badge) return null
  return (
    <span
      data-language={locale}
      className="inline-block rounded bg-violet-100 px-2 py-0.5 text-sm font-medium text-violet-900"
    >
      <span lang={locale}>{badge.own}</span> / {badge.english}
    </span>
  )
}
