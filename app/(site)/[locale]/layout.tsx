import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {setRequestLocale} from 'next-intl/server'
import type {ReactNode} from 'react'
import {SiteChrome} from '@/components/layout/SiteChrome'
import {PreviewBar} from '@/components/preview/PreviewBar'
import {VisualEditingInDraftMode} from '@/components/preview/VisualEditingInDraftMode'
import {getSettings} from '@/lib/content'
import {HTML_LANG, isLocale, LOCALES} from '@/lib/i18n/locales'
import {paths} from '@/lib/routes/paths'
import {RootDocument, rootMetadata, rootViewport} from '../../root-document'

type Props = {children: ReactNode; params: Promise<{locale: string}>}

// Both editions are prerendered; the proxy maps /zh/… to `zh-Hans` and everything else to `en`.
export function generateStaticParams() {
  return LOCALES.map((locale) => ({locale}))
}

export const viewport = rootViewport

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSettings()
  const name = settings.clinicName ?? 'Clinic'
  return {
    ...rootMetadata,
    title: {template: `%s | ${name}`, default: name},
    description: settings.tagline ?? undefined,
    applicationName: name,
    alternates: {types: {'application/rss+xml': [{url: paths.feed(), title: `${name} journal`}]}},
    formatDetection: {telephone: false},
  }
}

// The root layout of the public site, one per edition: `<html lang>` is the edition's.
export default async function SiteLayout({children, params}: Props) {
  const {locale} = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const settings = await getSettings()
  return (
    <RootDocument lang={HTML_LANG[locale]}>
      <SiteChrome settings={settings} before={<PreviewBar />}>
        {children}
        <VisualEditingInDraftMode />
      </SiteChrome>
    </RootDocument>
  )
}
