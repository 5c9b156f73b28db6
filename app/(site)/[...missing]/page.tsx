import type {Metadata} from 'next'
import {notFound} from 'next/navigation'
import {notFoundMetadata} from '@/lib/seo/metadata'

// Every URL no other route matches lands here and 404s inside the site layout, so the reader keeps
// the header, footer and the clinic's contacts (WCAG 3.2.6) while the root not-found stays small.
export const metadata: Metadata = notFoundMetadata

export default function MissingPage(): never {
  notFound()
}
