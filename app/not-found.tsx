import type {Metadata} from 'next'
import {NotFoundContent} from '@/components/layout/NotFoundContent'
import {SiteChrome} from '@/components/layout/SiteChrome'
import {getSettings} from '@/lib/content'

// Next adds the noindex robots tag to every 404 response itself.
export const metadata: Metadata = {title: 'Page not found'}

// Unmatched URLs render here, outside the (site) group, so the page composes the same chrome itself.
export default async function NotFound() {
  const settings = await getSettings()
  return (
    <SiteChrome settings={settings}>
      <NotFoundContent />
    </SiteChrome>
  )
}
