import type {Metadata} from 'next'
import type {ReactNode} from 'react'
import {SiteChrome} from '@/components/layout/SiteChrome'
import {PreviewBar} from '@/components/preview/PreviewBar'
import {VisualEditingInDraftMode} from '@/components/preview/VisualEditingInDraftMode'
import {getSettings} from '@/lib/content'
import {HTML_LANG, isLocale, LOCALES} from '@/lib/i18n/locales'
import {pageLocale} from '@/lib/i18n/page-locale'
import {feedTitle} from '@/lib/seo'
import {pathsFor} from '@/lib/routes/paths'
import {RootDocument, rootMetadata, rootViewport} from '../../root-document'

// `languages`: the header's link to the other edition, from the @languages slot (it knows the page).
type Props = {children: ReactNode; languages: ReactNode; params: Promise<{locale: string}>}

// Both editions are prerendered; next.config.js rewrites /zh/… to `zh-Hans` and everything else to
// `en` (lib/i18n/edition-routes.js).
export function generateStaticParams() {
  return LOCALES.map((locale) => ({locale}))
}

export const viewport = rootViewport

export async function generateMetadata({params}: Omit<Props, 'children' | 'languages'>): Promise<Metadata> {
  const {locale} = await params
  if (!isLocale(locale)) return rootMetadata
  const settings = await getSettings(locale)
  const name = settings.clinicName ?? 'Clinic'
  return {
    ...rootMetadata,
    title: {template: `%s | ${name}`, default: name},
    description: settings.tagline ?? undefined,
    applicationName: name,
    alternates: {types: {'application/rss+xml': [{url: pathsFor(locale).feed(), title: feedTitle(name, locale)}]}},
    formatDetection: {telephone: false},
  }
}

// The root layout of the public site, one per edition: `<html lang>` is the edition's.
export default async function SiteLayout({children, languages, params}: Props) {
  const locale = await pageLocale(params)
  const settings = await getSettings(locale)
  return (
    <RootDocument lang={HTML_LANG[locale]}>
      <SiteChrome settings={settings} before={<PreviewBar />} locale={locale} languages={languages}>
        {children}
        <VisualEditingInDraftMode />
      </SiteChrome>
    </RootDocument>
  )
}
