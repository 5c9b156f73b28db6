import type {ReactNode} from 'react'
import type {Settings} from '@/lib/content'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {SiteFooter} from './SiteFooter'
import {SiteHeader} from './SiteHeader'
import {SkipLink} from './SkipLink'

/**
 * Header, main landmark and footer; shared by the site layout and the root not-found page.
 * `languages`: the header's link to the other edition (app/(site)/[locale]/@languages).
 */
export function SiteChrome({
  settings,
  children,
  before,
  locale = DEFAULT_LOCALE,
  languages,
}: {
  settings: Settings
  children: ReactNode
  before?: ReactNode
  locale?: Locale
  languages?: ReactNode
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink locale={locale} />
      {before}
      <SiteHeader clinicName={settings.clinicName ?? 'Clinic'} locale={locale} languages={languages} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} locale={locale} />
    </div>
  )
}
