import type {Page, Post, Treatment} from '@/lib/content'

export type RichBody = NonNullable<Post['body']> | NonNullable<Treatment['body']> | NonNullable<Page['body']>
export type RichItem = RichBody[number]
export type CalloutValue = Extract<RichItem, {_type: 'callout'}>
export type FaqBlockValue = Extract<RichItem, {_type: 'faqBlock'}>
export type TreatmentCardValue = Extract<RichItem, {_type: 'treatmentCard'}>
export type ImageBlockValue = Extract<RichItem, {_type: 'accessibleImage'}>
export type LinkMark = {_type: 'link'; _key: string; href?: string; reviewed?: boolean}
export type InternalLinkMark = {
  _type: 'internalLink'
  _key: string
  refType?: string | null
  slug?: string | null
}
