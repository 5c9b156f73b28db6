import type {Metadata} from 'next'

// A page with nothing of ours on it: `npm run size` measures every route's JavaScript against it.
export const metadata: Metadata = {title: 'Size baseline', robots: {index: false, follow: false}}

export default function SizeBaselinePage() {
  return <p>Baseline page for bundle size measurement.</p>
}
