import type {Metadata} from 'next'
import {NotFoundContent} from '@/components/layout/NotFoundContent'
import {SiteChrome} from '@/components/layout/SiteChrome'
import {getSettings} from '@/lib/content'
import {inter, interItalic} from './fonts'
import './globals.css'

// Next adds the noindex robots tag to every 404 response itself.
export const metadata: Metadata = {title: 'Page not found'}

// URLs no route matches get this page straight from the router (experimental.globalNotFound), with
// the site chrome so the clinic's contacts stay in place (WCAG 3.2.6). It replaces the chrome that
// app/not-found.tsx used to carry: Next serialises that file into the RSC payload of every page, so
// every page shipped the header and footer twice. It renders outside the root layout, hence the
// <html> and <body> of its own.
export default async function GlobalNotFound() {
  const settings = await getSettings()
  return (
    <html lang="en-SG" className={`${inter.variable} ${interItalic.variable}`}>
      <body className="font-sans">
        <SiteChrome settings={settings}>
          <NotFoundContent />
        </SiteChrome>
      </body>
    </html>
  )
}
