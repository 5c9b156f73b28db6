import {PortableText, type PortableTextComponents} from '@portabletext/react'
import type {ReactNode} from 'react'
import {headingIds} from '@/lib/article/heading-ids'
import {TreatmentCard} from '@/components/treatments/TreatmentCard'
import type {Locale} from '@/lib/i18n/locales'
import {BodyImage} from './BodyImage'
import {Callout} from './Callout'
import {Citation, type CitationMarkValue} from './Citation'
import {FaqList} from './FaqList'
import {ExternalLink, InternalLink} from './links'
import type {CalloutValue, FaqBlockValue, ImageBlockValue, RichBody, TreatmentCardValue} from './types'

function heading(Tag: 'h2' | 'h3' | 'h4', ids: Map<string, string>) {
  function Heading({value, children}: {value: {_key?: string}; children?: ReactNode}) {
    return <Tag id={value._key ? ids.get(value._key) : undefined}>{children}</Tag>
  }
  Heading.displayName = `Heading${Tag}`
  return Heading
}

type CitedSource = {_key?: string | null; number: number}

export function richTextComponents(ids: Map<string, string>, sources: readonly CitedSource[] = [], from?: string, locale?: Locale): PortableTextComponents {
  return {
    block: {h2: heading('h2', ids), h3: heading('h3', ids), h4: heading('h4', ids)},
    marks: {
      link: ExternalLink,
      internalLink: InternalLink,
      citation: ({value, children}: {value?: CitationMarkValue; children?: ReactNode}) => (
        <Citation value={value} sources={sources}>
          {children}
        </Citation>
      ),
    },
    listItem: ({children}) => <li className="lead-in">{children}</li>,
    types: {
      accessibleImage: ({value}: {value: ImageBlockValue}) => <BodyImage value={value} />,
      callout: ({value}: {value: CalloutValue}) => <Callout value={value} />,
      treatmentCard: ({value}: {value: TreatmentCardValue}) =>
        value.treatment ? (
          <div className="my-8">
            <TreatmentCard treatment={value.treatment} titleAs="p" showImage={false} from={from} locale={locale} />
          </div>
        ) : null,
      faqBlock: ({value}: {value: FaqBlockValue}) => {
        const id = ids.get(value._key)
        return (
          <section className="my-8">
            {value.title && id ? <h2 id={id}>{value.title}</h2> : null}
            <FaqList items={value.items} />
          </section>
        )
      },
    },
  }
}

/**
 * Article and treatment bodies. Heading ids come from the whole body, matching the table of
 * contents; citation marks show the numbers of `sources` (the document's numbered references).
 */
export function RichText({
  value,
  reservedIds,
  sources,
  from,
  locale,
}: {
  value: RichBody | null | undefined
  reservedIds?: readonly string[]
  sources?: readonly CitedSource[]
  /** The page the body is on, for the booking links of its treatment cards. */
  from?: string
  /** The edition the body is in (its treatment cards' links and words). */
  locale?: Locale
}) {
  if (!value?.length) return null
  return (
    <PortableText
      value={value}
      components={richTextComponents(headingIds(value, reservedIds), sources, from, locale)}
      onMissingComponent={false}
    />
  )
}
