import type {Post, Settings, Treatment, TreatmentCard} from '@/lib/content'
import {toSingaporeDay, toSingaporeIso} from '@/lib/singapore-time'
import {DEFAULT_LOCALE, HTML_LANG, type Locale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'
import {numberSources, type SourceEntry} from '@/lib/article/sources'
import {absoluteUrl} from './urls'

export type JsonLdNode = {'@type': string | string[]; '@id'?: string; [key: string]: unknown}
export type JsonLdGraph = {'@context': 'https://schema.org'; '@graph': JsonLdNode[]}
export type Crumb = {name: string; path: string}
type PersonRef = {
  name: string | null
  slug: string | null
  qualifications?: string | null
  role?: string | null
} | null

const SCHEMA = 'https://schema.org/'

export function jsonLdGraph(nodes: Array<JsonLdNode | null | undefined>): JsonLdGraph {
  return {
    '@context': 'https://schema.org',
    '@graph': nodes.filter((node): node is JsonLdNode => Boolean(node)),
  }
}

/** JSON for a <script> element: "<" is escaped so text such as "</script>" cannot end it early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export const clinicId = (siteUrl: string) => `${absoluteUrl('/', siteUrl)}#clinic`
const personId = (slug: string, siteUrl: string, locale: Locale) => `${absoluteUrl(pathsFor(locale).person(slug), siteUrl)}#person`

function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T
}

function personNode(person: PersonRef, siteUrl: string, locale: Locale = DEFAULT_LOCALE): JsonLdNode | undefined {
  if (!person?.name) return undefined
  return compact({
    '@type': 'Person',
    '@id': person.slug ? personId(person.slug, siteUrl, locale) : undefined,
    name: person.name,
    url: person.slug ? absoluteUrl(pathsFor(locale).person(person.slug), siteUrl) : undefined,
    jobTitle: person.role ?? undefined,
    honorificSuffix: person.qualifications ?? undefined,
  })
}

/**
 * schema.org `citation`: the works a page cites, in the order of its Sources list. Journal
 * articles (a DOI or PubMed id) are ScholarlyArticles; patient pages and leaflets CreativeWorks.
 */
export function citationNodes(references: readonly (SourceEntry | null)[] | null | undefined): JsonLdNode[] | undefined {
  const nodes = numberSources(references)
    .filter((source) => source.title)
    .map((source) =>
      compact({
        '@type': source.doi || source.pmid ? 'ScholarlyArticle' : 'CreativeWork',
        name: source.title ?? undefined,
        url: source.href ?? undefined,
        publisher: source.publisher ? {'@type': 'Organization', name: source.publisher} : undefined,
        datePublished: source.year ? String(source.year) : undefined,
        identifier: source.doi
          ? {'@type': 'PropertyValue', propertyID: 'DOI', value: source.doi}
          : source.pmid
            ? {'@type': 'PropertyValue', propertyID: 'PMID', value: source.pmid}
            : undefined,
      }),
    )
  return nodes.length ? nodes : undefined
}

export function breadcrumbNode(crumbs: Crumb[], pagePath: string, siteUrl: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${absoluteUrl(pagePath, siteUrl)}#breadcrumb`,
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, siteUrl),
    })),
  }
}

function procedureRef(
  treatment: Pick<TreatmentCard, 'name' | 'slug' | 'procedureType' | 'summary'>,
  siteUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): JsonLdNode | undefined {
  if (!treatment.slug || !treatment.name) return undefined
  const url = absoluteUrl(pathsFor(locale).treatment(treatment.slug), siteUrl)
  return compact({
    '@type': 'MedicalProcedure',
    '@id': `${url}#procedure`,
    name: treatment.name,
    url,
    procedureType: treatment.procedureType ? `${SCHEMA}${treatment.procedureType}` : undefined,
  })
}

// One clinic whichever edition describes it: its @id is the English home page's.
export function clinicNode(settings: Settings, treatments: TreatmentCard[], siteUrl: string, locale: Locale = DEFAULT_LOCALE): JsonLdNode {
  const address = settings.address
  return compact({
    '@type': 'MedicalClinic',
    '@id': clinicId(siteUrl),
    name: settings.clinicName ?? undefined,
    description: settings.tagline ?? undefined,
    url: absoluteUrl('/', siteUrl),
    telephone: settings.phone ?? undefined,
    email: settings.email ?? undefined,
    hasMap: address?.mapUrl,
    address: address
      ? compact({
          '@type': 'PostalAddress',
          streetAddress: [address.street, address.unit].filter(Boolean).join(', '),
          postalCode: address.postalCode,
          addressLocality: 'Singapore',
          addressCountry: 'SG',
        })
      : undefined,
    openingHoursSpecification: (settings.openingHours ?? []).map((slot) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: (slot.days ?? []).map((day) => `${SCHEMA}${day}`),
      opens: slot.opens,
      closes: slot.closes,
    })),
    // schema.org's way to say "closed on this day": opens and closes at midnight.
    specialOpeningHoursSpecification: (settings.closures ?? [])
      .filter((closure) => closure.date)
      .map((closure) => ({
        '@type': 'OpeningHoursSpecification',
        validFrom: closure.date,
        validThrough: closure.date,
        opens: '00:00',
        closes: '00:00',
      })),
    availableService: treatments.map((t) => procedureRef(t, siteUrl, locale)).filter(Boolean),
  })
}

/** `locale`: the edition the page is in (its `inLanguage`, and the addresses it links). English unless named. */
type WebPageInput = {type?: string; path: string; name: string; description?: string | null; crumbs?: Crumb[]; locale?: Locale}

export function webPageNode(
  {type = 'WebPage', path, name, description, crumbs, locale = DEFAULT_LOCALE}: WebPageInput,
  siteUrl: string,
): JsonLdNode {
  const url = absoluteUrl(path, siteUrl)
  return compact({
    '@type': type,
    '@id': `${url}#webpage`,
    url,
    name,
    description: description ?? undefined,
    inLanguage: HTML_LANG[locale],
    publisher: {'@id': clinicId(siteUrl)},
    breadcrumb: crumbs ? {'@id': `${url}#breadcrumb`} : undefined,
  })
}

function medicalWebPage(
  input: WebPageInput & {
    reviewer: PersonRef
    lastReviewedAt: string | null
    mainEntity: string
    references?: readonly (SourceEntry | null)[] | null
  },
  siteUrl: string,
): JsonLdNode {
  return compact({
    ...webPageNode({...input, type: 'MedicalWebPage'}, siteUrl),
    mainEntity: {'@id': input.mainEntity},
    reviewedBy: personNode(input.reviewer, siteUrl, input.locale),
    lastReviewed: toSingaporeDay(input.lastReviewedAt),
    citation: citationNodes(input.references),
    // schema.org's Patient is a MedicalAudience: pages written for patients, not clinicians.
    medicalAudience: {'@type': 'Patient'},
  })
}

/** What an article's or a treatment's graph needs besides the document: the clinic, the trail, the cover. */
type MedicalPageContext = {
  settings: Settings
  treatments: TreatmentCard[]
  crumbs: Crumb[]
  imageUrl?: string | null
  siteUrl: string
  locale?: Locale
}

export function articleGraph(
  post: Post,
  context: MedicalPageContext,
): JsonLdGraph {
  const {siteUrl, locale = DEFAULT_LOCALE} = context
  const path = pathsFor(locale).post(post.slug ?? '')
  const url = absoluteUrl(path, siteUrl)
  const articleId = `${url}#article`
  return jsonLdGraph([
    clinicNode(context.settings, context.treatments, siteUrl, locale),
    medicalWebPage(
      {
        path,
        locale,
        name: post.title ?? '',
        description: post.excerpt,
        crumbs: context.crumbs,
        reviewer: post.medicalReviewer,
        lastReviewedAt: post.lastReviewedAt,
        mainEntity: articleId,
        references: post.references,
      },
      siteUrl,
    ),
    compact({
      '@type': 'BlogPosting',
      '@id': articleId,
      headline: post.title ?? undefined,
      description: post.excerpt ?? undefined,
      image: context.imageUrl ? [absoluteUrl(context.imageUrl, siteUrl)] : undefined,
      datePublished: toSingaporeIso(post.publishedAt),
      dateModified: toSingaporeIso(post._updatedAt ?? post.publishedAt),
      author: personNode(post.author, siteUrl, locale),
      publisher: {'@id': clinicId(siteUrl)},
      mainEntityOfPage: {'@id': `${url}#webpage`},
      articleSection: post.categories?.[0]?.title ?? undefined,
      citation: citationNodes(post.references),
      inLanguage: HTML_LANG[locale],
    }),
    breadcrumbNode(context.crumbs, path, siteUrl),
  ])
}

export function treatmentGraph(
  treatment: Treatment,
  context: MedicalPageContext,
): JsonLdGraph {
  const {siteUrl, locale = DEFAULT_LOCALE} = context
  const path = pathsFor(locale).treatment(treatment.slug ?? '')
  const url = absoluteUrl(path, siteUrl)
  const procedureId = `${url}#procedure`
  return jsonLdGraph([
    clinicNode(context.settings, context.treatments, siteUrl, locale),
    medicalWebPage(
      {
        path,
        locale,
        name: treatment.name ?? '',
        description: treatment.summary,
        crumbs: context.crumbs,
        reviewer: treatment.reviewer,
        lastReviewedAt: treatment.lastReviewedAt,
        mainEntity: procedureId,
        references: treatment.references,
      },
      siteUrl,
    ),
    compact({
      '@type': 'MedicalProcedure',
      '@id': procedureId,
      name: treatment.name ?? undefined,
      description: treatment.summary ?? undefined,
      url,
      image: context.imageUrl ? absoluteUrl(context.imageUrl, siteUrl) : undefined,
      procedureType: treatment.procedureType ? `${SCHEMA}${treatment.procedureType}` : undefined,
      howPerformed: treatment.howPerformed ?? undefined,
      preparation: treatment.preparation ?? undefined,
      followup: treatment.aftercare ?? undefined,
    }),
    breadcrumbNode(context.crumbs, path, siteUrl),
  ])
}

/** Pages without medical content of their own: the clinic, the page, and its breadcrumb trail. */
export function pageGraph(
  page: WebPageInput,
  context: {settings: Settings; treatments: TreatmentCard[]; siteUrl: string; extra?: JsonLdNode[]},
): JsonLdGraph {
  const {siteUrl} = context
  return jsonLdGraph([
    clinicNode(context.settings, context.treatments, siteUrl, page.locale),
    webPageNode(page, siteUrl),
    ...(context.extra ?? []),
    page.crumbs ? breadcrumbNode(page.crumbs, page.path, siteUrl) : null,
  ])
}

export function profileNode(person: PersonRef, siteUrl: string, locale: Locale = DEFAULT_LOCALE): JsonLdNode | undefined {
  return personNode(person, siteUrl, locale)
}
