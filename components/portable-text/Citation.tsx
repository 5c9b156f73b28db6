import type {ReactNode} from 'react'
import {citationNumber, sourceAnchorId} from '@/lib/article/sources'

export type CitationMarkValue = {_type: 'citation'; _key: string; source?: string | null}

/**
 * The cited words, then the source's number as a link to its entry in the Sources list. A mark
 * whose source was removed from the list keeps the words and drops the number.
 */
export function Citation({
  value,
  children,
  sources,
}: {
  value?: CitationMarkValue
  children?: ReactNode
  sources: readonly {_key?: string | null; number: number}[]
}) {
  const number = citationNumber(sources, value?.source)
  if (number === null) return <>{children}</>
  return (
    <>
      {children}
      <sup className="ml-0.5">
        <a
          href={`#${sourceAnchorId(number)}`}
          aria-label={`Source ${number}`}
          className="font-medium text-brand-700 no-underline hover:underline dark:text-brand-100"
        >
          [{number}]
        </a>
      </sup>
    </>
  )
}
