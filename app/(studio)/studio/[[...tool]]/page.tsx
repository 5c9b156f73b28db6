import type {Metadata} from 'next'
import {ConnectStudioHelp} from '@/components/studio/ConnectStudioHelp'
import {Studio} from '@/components/studio/Studio'
import {isStudioConfigured} from '@/sanity/env'

export const dynamic = 'force-static'

export const metadata: Metadata = {
  title: 'Studio',
  robots: {index: false, follow: false},
}

export default function StudioPage() {
  return isStudioConfigured ? <Studio /> : <ConnectStudioHelp />
}
