import type {ReactNode} from 'react'
import type {Settings} from '@/lib/content'
import {SiteFooter} from './SiteFooter'
import {SiteHeader} from './SiteHeader'
import {SkipLink} from './SkipLink'

/** Header, main landmark and footer; shared by the site layout and the root not-found page. */
export function SiteChrome({
  settings,
  children,
  before,
}: {
  settings: Settings
  children: ReactNode
  before?: ReactNode
}) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      {before}
      <SiteHeader clinicName={settings.clinicName ?? 'Clinic'} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} />
    </div>
  )
}
