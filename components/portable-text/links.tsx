import type {PortableTextMarkComponentProps} from '@portabletext/react'
import {isExternalHref, safeHref} from '@/lib/article/safe-url'
import {documentPath} from '@/lib/routes/document-paths'
import type {InternalLinkMark, LinkMark} from './types'

const linkClass =
  'font-medium text-brand-700 underline decoration-1 underline-offset-4 hover:decoration-2 dark:text-brand-100'

/** Unsafe or malformed URLs render as plain text: the words stay, the link goes. */
export function ExternalLink({value, children}: PortableTextMarkComponentProps<LinkMark>) {
  const href = safeHref(value?.href)
  if (!href) return <>{children}</>
  return (
    <a href={href} className={linkClass} rel={isExternalHref(href) ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  )
}

// In the linked document's own edition (`language`, from the query): a Chinese post links Chinese pages.
export function internalHref(mark: (Pick<InternalLinkMark, 'refType' | 'slug'> & {language?: string | null}) | undefined): string | null {
  if (!mark?.slug) return null
  if (mark.refType === 'post' || mark.refType === 'treatment') return documentPath(mark.refType, mark.slug, mark.language) ?? null
  return null
}

/** A reference to an unpublished or deleted page resolves to nothing, so the text stays unlinked. */
export function InternalLink({value, children}: PortableTextMarkComponentProps<InternalLinkMark>) {
  const href = internalHref(value)
  if (!href) return <>{children}</>
  return (
    <a href={href} className={linkClass}>
      {children}
    </a>
  )
}
