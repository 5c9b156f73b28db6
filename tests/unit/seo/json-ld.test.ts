import {
  articleGraph,
  clinicNode,
  pageGraph,
  serializeJsonLd,
  treatmentGraph,
  type JsonLdNode,
} from '@/lib/seo/json-ld'
import {loadArticle, loadTreatment, SITE_URL} from './snapshot'

const OFFSET = /T\d{2}:\d{2}:\d{2}\+08:00$/
const byType = (graph: {'@graph': JsonLdNode[]}, type: string) =>
  graph['@graph'].find((node) => node['@type'] === type)

describe('article JSON-LD', () => {
  it('is one @graph with the clinic, MedicalWebPage, BlogPosting and BreadcrumbList', async () => {
    const {post, settings, treatments} = await loadArticle('can-you-close-pores-permanently')
    const crumbs = [
      {name: 'Home', path: '/'},
      {name: 'Journal', path: '/blog'},
      {name: post.title!, path: `/blog/${post.slug}`},
    ]
    const graph = articleGraph(post, {
      settings,
      treatments,
      crumbs,
      imageUrl: '/content-assets/x-1200x630.svg',
      siteUrl: SITE_URL,
    })

    expect(graph['@context']).toBe('https://schema.org')
    expect(graph['@graph'].map((n) => n['@type'])).toEqual([
      'MedicalClinic',
      'MedicalWebPage',
      'BlogPosting',
      'BreadcrumbList',
    ])

    const page = byType(graph, 'MedicalWebPage')!
    expect(page.reviewedBy).toMatchObject({
      '@type': 'Person',
      name: post.medicalReviewer!.name,
      url: `${SITE_URL}/people/${post.medicalReviewer!.slug}`,
    })
    expect(page.lastReviewed).toBe(post.lastReviewedAt)
    expect(page.medicalAudience).toEqual({'@type': 'Patient'})

    const article = byType(graph, 'BlogPosting')!
    expect(article.headline).toBe(post.title)
    expect(article.datePublished).toMatch(OFFSET)
    expect(article.dateModified).toMatch(OFFSET)
    expect(article.datePublished).toBe('2026-10-02T09:30:00+08:00')
    expect(article.image).toEqual([`${SITE_URL}/content-assets/x-1200x630.svg`])
    expect(article.author).toMatchObject({
      '@type': 'Person',
      name: post.author!.name,
      url: `${SITE_URL}/people/${post.author!.slug}`,
    })

    const breadcrumb = byType(graph, 'BreadcrumbList')!
    expect(breadcrumb.itemListElement).toEqual([
      {'@type': 'ListItem', position: 1, name: 'Home', item: `${SITE_URL}/`},
      {'@type': 'ListItem', position: 2, name: 'Journal', item: `${SITE_URL}/blog`},
      {'@type': 'ListItem', position: 3, name: post.title, item: `${SITE_URL}/blog/${post.slug}`},
    ])
  })
})

describe('treatment JSON-LD', () => {
  it('has MedicalWebPage and MedicalProcedure with the procedure fields', async () => {
    const {treatment, settings, treatments} = await loadTreatment('chemical-peel')
    const graph = treatmentGraph(treatment, {
      settings,
      treatments,
      crumbs: [{name: 'Home', path: '/'}],
      siteUrl: SITE_URL,
    })
    expect(graph['@graph'].map((n) => n['@type'])).toEqual([
      'MedicalClinic',
      'MedicalWebPage',
      'MedicalProcedure',
      'BreadcrumbList',
    ])
    const procedure = byType(graph, 'MedicalProcedure')!
    expect(procedure).toMatchObject({
      name: treatment.name,
      procedureType: `https://schema.org/${treatment.procedureType}`,
      howPerformed: treatment.howPerformed,
      preparation: treatment.preparation,
      followup: treatment.aftercare,
    })
    const page = byType(graph, 'MedicalWebPage')!
    expect(page.mainEntity).toEqual({'@id': procedure['@id']})
    expect(page.reviewedBy).toMatchObject({name: treatment.reviewer!.name})
    expect(page.lastReviewed).toBe(treatment.lastReviewedAt)
  })
})

describe('clinic JSON-LD', () => {
  it('carries address, telephone, opening hours and the treatments as services', async () => {
    const {settings, treatments} = await loadArticle('can-you-close-pores-permanently')
    const clinic = clinicNode(settings, treatments, SITE_URL)
    expect(clinic).toMatchObject({
      '@type': 'MedicalClinic',
      name: settings.clinicName,
      telephone: settings.phone,
    })
    expect(clinic.address).toMatchObject({
      '@type': 'PostalAddress',
      postalCode: settings.address!.postalCode,
      addressCountry: 'SG',
    })
    const hours = clinic.openingHoursSpecification as Array<{
      dayOfWeek: string[]
      opens: string
      closes: string
    }>
    expect(hours.length).toBe(settings.openingHours!.length)
    expect(hours[0].dayOfWeek[0]).toMatch(/^https:\/\/schema\.org\/\w+day$/)
    expect(hours[0].opens).toMatch(/^\d{2}:\d{2}$/)
    expect((clinic.availableService as unknown[]).length).toBe(treatments.length)
  })
})

describe('every graph', () => {
  it('has no ratings or reviews anywhere', async () => {
    const {post, settings, treatments} = await loadArticle('can-you-close-pores-permanently')
    const {treatment} = await loadTreatment('microneedling')
    const graphs = [
      articleGraph(post, {settings, treatments, crumbs: [], siteUrl: SITE_URL}),
      treatmentGraph(treatment, {settings, treatments, crumbs: [], siteUrl: SITE_URL}),
      pageGraph({path: '/clinic', name: 'Clinic'}, {settings, treatments, siteUrl: SITE_URL}),
    ]
    for (const graph of graphs)
      expect(JSON.stringify(graph)).not.toMatch(/aggregateRating|"review"|"reviews"|Rating/)
  })

  it('serialises safely inside a <script> element', () => {
    const json = serializeJsonLd({name: '</script><script>alert(1)</script>'})
    expect(json).not.toContain('<')
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>')
  })
})
