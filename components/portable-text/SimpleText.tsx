import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {ReactNode} from 'react'
import type {SimpleBlockContent} from '@/sanity/types'
import {ExternalLink} from './links'

function components(HeadingTag: 'h2' | 'h3'): PortableTextComponents {
  return {
    block: {h3: ({children}: {children?: ReactNode}) => <HeadingTag>{children}</HeadingTag>},
    marks: {link: ExternalLink},
  }
}

/**
 * Short rich text from settings and profiles: paragraphs, lists and safe links. Editors only get
 * "Heading 3"; where the text sits right under the page's H1, it renders as H2 so no level is skipped.
 */
export function SimpleText({
  value,
  headingLevel = 3,
}: {
  value: SimpleBlockContent | null | undefined
  headingLevel?: 2 | 3
}) {
  if (!value?.length) return null
  return (
    <PortableText
      value={value}
      components={components(headingLevel === 2 ? 'h2' : 'h3')}
      onMissingComponent={false}
    />
  )
}
