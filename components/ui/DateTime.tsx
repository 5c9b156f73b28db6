import {formatDate} from '@/lib/article/dates'
import {DEFAULT_LOCALE, HTML_LANG, type Locale} from '@/lib/i18n/locales'
import {toSingaporeIso} from '@/lib/singapore-time'

/** An absolute date as Singapore saw it; the machine-readable value keeps its +08:00 offset. */
export function DateTime({value, className, locale = DEFAULT_LOCALE}: {value: string | null | undefined; className?: string; locale?: Locale}) {
  if (!value) return null
  const machine = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : toSingaporeIso(value)
  return (
    <time dateTime={machine} className={className}>
      {formatDate(value, HTML_LANG[locale])}
    </time>
  )
}
