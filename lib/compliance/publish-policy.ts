import type {Finding} from './types'

// The severity policy for the Studio's Publish button:
// - always: errors (promotions, prices, testimonials, patient stories and pictures, social proof,
//   prescription-only brand names, guarantees stated as fact). No acknowledgement helps.
// - until-acknowledged: superlatives, comparisons, expectations, guarantees that are denied or
//   asked about, specialist titles, prescription-only generic names, and any warning in a title
//   (titles are what search results and shares show). An editor must acknowledge with a reason.
// - never: the rest (unreviewed links, device brand names, claims that need a source): shown,
//   publish allowed.
export type PublishBlock = 'always' | 'until-acknowledged' | 'never'

const BLOCK_UNTIL_ACKNOWLEDGED = new Set([
  'superlative',
  'comparison',
  'unjustified-expectation',
  'guarantee',
  'specialty-title',
  'prescription-medicine',
])

const TITLE_PATHS = new Set(['title', 'name', 'clinicName', 'seo.title', 'slug.current'])

export function publishBlock(finding: Pick<Finding, 'severity' | 'ruleId' | 'path'>): PublishBlock {
  if (finding.severity === 'error') return 'always'
  if (BLOCK_UNTIL_ACKNOWLEDGED.has(finding.ruleId) || TITLE_PATHS.has(finding.path)) return 'until-acknowledged'
  return 'never'
}
