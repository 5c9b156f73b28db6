import type {Metadata} from 'next'
import type {ReactNode} from 'react'
import {SiteChrome} from '@/components/layout/SiteChrome'
import {PreviewBar} from '@/components/preview/PreviewBar'
import {VisualEditingInDraftMode} from '@/components/preview/VisualEditingInDraftMode'
import {getSettings} from '@/lib/content'
import {paths} from '@/lib/routes/paths'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  const name = settings.clinicName ?? 'Clinic'
  return {
    title: {template: `%s | ${name}`, default: name},
    description: settings.tagline ?? undefined,
    applicationName: name,
    alternates: {types: {'application/rss+xml': [{url: paths.feed(), title: `${name} journal`}]}},
    formatDetection: {telephone: false},
  }
}

export default async function SiteLayout({children}: {children: ReactNode}) {
  const settings = await getSettings()
  return (
    <SiteChrome settings={settings} before={<PreviewBar />}>
      {children}
      <VisualEditingInDraftMode />
    </SiteChrome>
  )
}
