import type {SearchDocuments} from '@/lib/content'
import type {Locale} from '@/lib/i18n/locales'
import {pathsFor, type SitePaths} from '@/lib/routes/paths'
import enMessages from '@/messages/en/search.json'
import zhMessages from '@/messages/zh-Hans/search.json'

export type ResultKind = 'post' | 'treatment' | 'clinic'

/** A passage a snippet can be cut from, in the order a reader meets it on the page. */
export type Section = {label?: string; text: string}

/** One page as search sees it: the fields it ranks on, and the passages its snippet comes from. */
export type SearchDocument = {
  id: string
  /** The edition the page belongs to; only its own edition's index holds it. */
  language: Locale
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

// The labels search adds to a page (the treatment page's section headings, the clinic's details)
// are interface text, kept with the search page's other text in messages/<locale>/search.json.
type Labels = typeof enMessages.documents
const LABELS: Record<Locale, Labels> = {en: enMessages.documents, 'zh-Hans': zhMessages.documents}

type Edition = {locale: Locale; labels: Labels; paths: SitePaths}

function fromPost(post: Post, {locale, paths}: Edition): SearchDocument | null {
  if (!post.slug) return null
  const excerpt = text(post.excerpt)
  return {
    id: post._id,
    language: locale,
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
function fromTreatment(treatment: Treatment, {locale, labels, paths}: Edition): SearchDocument | null {
  if (!treatment.slug) return null
  const faqs = treatment.faqs ?? []
  const labelled: Section[] = present([
    {label: labels.downtime, text: text(treatment.downtime)},
    {label: labels.risks, text: joined(treatment.risks, labels.riskSeparator)},
    {label: labels.sessions, text: text(treatment.sessions)},
    {label: labels.howPerformed, text: text(treatment.howPerformed)},
    {label: labels.whoItSuits, text: text(treatment.whoItSuits)},
    {label: labels.preparation, text: text(treatment.preparation)},
    {label: labels.aftercare, text: text(treatment.aftercare)},
    ...faqs.map((faq) => ({label: text(faq.question), text: text(faq.answer)})),
  ])
  return {
    id: treatment._id,
    language: locale,
    kind: 'treatment',
    title: text(treatment.name) || treatment.slug,
    url: paths.treatment(treatment.slug),
    category: labels.treatmentCategory,
    headings: joined([treatment.headings, ...labelled.map((s) => s.label)]),
    summary: text(treatment.summary),
    body: joined([treatment.body, ...labelled.map((s) => s.text)]),
    sections: present([{text: text(treatment.summary)}, ...labelled, {text: text(treatment.body)}]),
  }
}

// Days are stored as English names (the schema's values) and shown in the edition's language.
const dayName = (labels: Labels, day: string | null) => (day && day in labels.days ? labels.days[day as keyof Labels['days']] : day)

function fromClinic(clinic: Clinic, {locale, labels, paths}: Edition): SearchDocument {
  const address = clinic.address
  const list = labels.listSeparator
  const hours = (clinic.openingHours ?? [])
    .map((slot) => {
      const days = joined((slot.days ?? []).map((day) => dayName(labels, day)), list)
      return `${days}${labels.daysSeparator}${text(slot.opens)} ${labels.hoursTo} ${text(slot.closes)}`
    })
    .join(labels.slotSeparator)
  const contact = joined(
    [clinic.phone && `${labels.phone} ${clinic.phone}`, clinic.whatsapp && `${labels.whatsapp} ${clinic.whatsapp}`, clinic.email],
    ', ',
  )
  const sections = present([
    {text: text(clinic.tagline)},
    {label: labels.address, text: joined([address?.street, address?.unit, address?.country, address?.postalCode], ', ')},
    {label: labels.openingHours, text: hours},
    {label: labels.closures, text: joined(clinic.closures, list)},
    {label: labels.contact, text: contact},
  ])
  return {
    // One clinic page per edition, each in its own index.
    id: locale === 'en' ? 'clinicSettings' : `clinicSettings.${locale}`,
    language: locale,
    kind: 'clinic',
    title: text(clinic.clinicName) || labels.clinicTitle,
    url: paths.clinic(),
    category: labels.clinicCategory,
    headings: labels.clinicHeadings,
    summary: text(clinic.tagline),
    body: sections.map((s) => s.text).join(' '),
    sections,
  }
}

/**
 * Every page of one edition search can find, built from the content getters' answer for that
 * edition (either source). Links lead to the edition's own pages (/zh/blog/... for Chinese).
 */
export function searchDocumentsFrom(content: SearchDocuments, locale: Locale = 'en'): SearchDocument[] {
  const edition: Edition = {locale, labels: LABELS[locale], paths: pathsFor(locale)}
  return [
    ...content.posts.map((post) => fromPost(post, edition)),
    ...content.treatments.map((treatment) => fromTreatment(treatment, edition)),
    content.clinic ? fromClinic(content.clinic, edition) : null,
  ].filter((doc): doc is SearchDocument => doc !== null)
}
