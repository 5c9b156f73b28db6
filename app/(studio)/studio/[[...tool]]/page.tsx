import type {Metadata} from 'next'
import {ConnectStudioHelp} from '@/components/studio/ConnectStudioHelp'
import {Studio} from '@/components/studio/Studio'
import {isStudioConfigured} from '@/sanity/env'

// Rendered per request, so Next sends it as private and no-store: a static page would go out with
// a year-long shared-cache lifetime, and a CDN would keep serving an old Studio after a deploy.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Studio',
  robots: {index: false, follow: false},
}

export default function StudioPage() {
  return isStudioConfigured ? <Studio /> : <ConnectStudioHelp />
}
