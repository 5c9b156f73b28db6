import type {SearchDocuments} from '@/lib/content'
import {paths} from '@/lib/routes/paths'

export type ResultKind = 'post' | 'treatment' | 'clinic'

/** A passage a snippet can be cut from, in the order a reader meets it on the page. */
export type Section = {label?: string; text: string}

/** One page as search sees it: the fields it ranks on, and the passages its snippet comes from. */
export type SearchDocument = {
  id: string
  kind: ResultKind
  title: string
  url: string
  category: string | null
  /** Ranked above the body: section headings, FAQ questions. */
  headings: string
  /** Excerpt, summary or tagline. */
  summary: string
  body: string
  sections: Section[]
}

type Post = SearchDocuments['posts'][number]
type Treatment = SearchDocuments['treatments'][number]
type Clinic = NonNullable<SearchDocuments['clinic']>

const text = (value: string | null | undefined) => (value ?? '').trim()
const joined = (values: readonly (string | null | undefined)[] | null | undefined, separator = ' ') =>
  (values ?? []).map(text).filter(Boolean).join(separator)
const present = (sections: Section[]) => sections.filter((s) => s.text)

function fromPost(post: Post): SearchDocument | null {
  if (!post.slug) return null
  const excerpt = text(post.excerpt)
  return {
    id: post._id,
    kind: 'post',
    title: text(post.title) || post.slug,
    url: paths.post(post.slug),
    category: joined(post.categories, ', ') || null,
    headings: text(post.headings),
    summary: excerpt,
    body: text(post.body),
    sections: present([{text: excerpt}, {text: text(post.body)}]),
  }
}

// The labels are the treatment page's own section headings, so "downtime" or "risks" in a
// question finds the part of the page that answers it.
function fromTreatment(treatment: Treatment): SearchDocument | null {
  if (!treatment.slug) return null
  const faqs = treatment.faqs ?? []
  const labelled: Section[] = present([
    {label: 'Downtime', text: text(treatment.downtime)},
    {label: 'Risks', text: joined(treatment.risks, '. ')},
    {label: 'Sessions', text: text(treatment.sessions)},
    {label: 'How it is done', text: text(treatment.howPerformed)},
    {label: 'Who it suits', text: text(treatment.whoItSuits)},
    {label: 'Preparation', text: text(treatment.preparation)},
    {label: 'Aftercare', text: text(treatment.aftercare)},
    ...faqs.map((faq) => ({label: text(faq.question), text: text(faq.answer)})),
  ])
  return {
    id: treatment._id,
    kind: 'treatment',
    title: text(treatment.name) || treatment.slug,
    url: paths.treatment(treatment.slug),
    category: 'Treatment',
    headings: joined([treatment.headings, ...labelled.map((s) => s.label)]),
    summary: text(treatment.summary),
    body: joined([treatment.body, ...labelled.map((s) => s.text)]),
    sections: present([{text: text(treatment.summary)}, ...labelled, {text: text(treatment.body)}]),
  }
}

function fromClinic(clinic: Clinic): SearchDocument {
  const address = clinic.address
  const hours = (clinic.openingHours ?? [])
    .map((slot) => `${joined(slot.days, ', ')}: ${text(slot.opens)} to ${text(slot.closes)}`)
    .join('; ')
  const contact = joined([clinic.phone && `Phone ${clinic.phone}`, clinic.whatsapp && `WhatsApp ${clinic.whatsapp}`, clinic.email], ', ')
  const sections = present([
    {text: text(clinic.tagline)},
    {label: 'Address', text: joined([address?.street, address?.unit, address?.country, address?.postalCode], ', ')},
    {label: 'Opening hours', text: hours},
    {label: 'Closures', text: joined(clinic.closures, ', ')},
    {label: 'Contact', text: contact},
  ])
  return {
    id: 'clinicSettings',
    kind: 'clinic',
    title: text(clinic.clinicName) || 'The clinic',
    url: paths.clinic(),
    category: 'Clinic',
    headings: 'Clinic address opening hours closures contact location directions',
    summary: text(clinic.tagline),
    body: sections.map((s) => s.text).join(' '),
    sections,
  }
}

/** Every page search can find, built from the content getters' answer (either source). */
export function searchDocumentsFrom(content: SearchDocuments): SearchDocument[] {
  return [
    ...content.posts.map(fromPost),
    ...content.treatments.map(fromTreatment),
    content.clinic ? fromClinic(content.clinic) : null,
  ].filter((doc): doc is SearchDocument => doc !== null)
}
