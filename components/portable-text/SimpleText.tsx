import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {SimpleBlockContent} from '@/sanity/types'
import {ExternalLink} from './links'

const components: PortableTextComponents = {
  marks: {link: ExternalLink},
}

/** Short rich text from settings and profiles: paragraphs, lists and safe links. */
export function SimpleText({value}: {value: SimpleBlockContent | null | undefined}) {
  if (!value?.length) return null
  return <PortableText value={value} components={components} onMissingComponent={false} />
}
