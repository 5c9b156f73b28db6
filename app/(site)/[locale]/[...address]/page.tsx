import type {Metadata} from 'next'
import {notFoundUnlessRedirected} from '@/lib/content'
import {pageLocale} from '@/lib/i18n/page-locale'
import {localizePath} from '@/lib/routes/paths'

// Every address no other route matches (an old WordPress link such as /2019/05/pores): a redirect
// if an editor or a rename left one, else the site's 404. Rendered per request and never cached,
// so addresses made up by scanners cost no cache entry; pages that exist never come here. The
// address is looked up as the reader typed it: /zh/... for the Chinese edition.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {title: 'Page not found'}

type Props = {params: Promise<{locale: string; address: string[]}>}

export default async function UnknownAddress({params}: Props) {
  const locale = await pageLocale(params)
  const {address} = await params
  return notFoundUnlessRedirected(localizePath(`/${address.join('/')}`, locale))
}
