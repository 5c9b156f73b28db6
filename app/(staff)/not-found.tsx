import type {Metadata} from 'next'
import {NotFoundContent} from '@/components/layout/NotFoundContent'

// Next adds the noindex robots tag to every 404 response itself.
export const metadata: Metadata = {title: 'Page not found'}

// The staff area's not-found page, for notFound() in it (an unknown enquiry). It stays small, with
// no site chrome: Next serialises the root not-found element into the RSC payload of every page of
// its root layout. Unmatched URLs get app/global-not-found.tsx (with the site chrome) instead, and
// the public site has its own (app/(site)/[locale]/not-found.tsx).
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="focus:outline-none">
      <NotFoundContent />
    </main>
  )
}
