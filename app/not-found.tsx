import type {Metadata} from 'next'
import {NotFoundContent} from '@/components/layout/NotFoundContent'

// Next adds the noindex robots tag to every 404 response itself.
export const metadata: Metadata = {title: 'Page not found'}

// Next serialises the root not-found element into the RSC payload of EVERY page (it is the fallback
// of the root layout's not-found boundary), so it must stay small: with the site chrome in it, every
// page carried the header and footer twice. Unmatched URLs get app/global-not-found.tsx (with the
// chrome) instead; this one is only reached by notFound() outside the (site) group, e.g. an unknown
// enquiry in the staff area.
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="focus:outline-none">
      <NotFoundContent />
    </main>
  )
}
