import type {Settings} from '@/lib/content'
import {SimpleText} from '@/components/portable-text/SimpleText'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

export function Disclaimer({settings, locale = DEFAULT_LOCALE}: {settings: Settings; locale?: Locale}) {
  if (!settings.disclaimer?.length) return null
  return (
    <aside
      aria-label={siteText(locale)('article.disclaimer')}
      className="mt-10 rounded-xl border border-slate-200 bg-slate-50 px-5 py-4 text-base text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 [&_p+p]:mt-2"
    >
      <SimpleText value={settings.disclaimer} />
    </aside>
  )
}
