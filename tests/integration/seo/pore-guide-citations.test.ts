import {numberSources} from '@/lib/article/sources'
import {articleGraph, treatmentGraph, type JsonLdNode} from '@/lib/seo/json-ld'
import {loadArticle, loadTreatment, SITE_URL} from '../../unit/seo/snapshot'

// The pore guide and every treatment as the content source returns them (the snapshot through
// groq-js, the same GROQ the Content Lake runs), through the graph builders the pages use.
const crumbs = [{name: 'Home', path: '/'}]
const node = (graph: {'@graph': JsonLdNode[]}, type: string) => graph['@graph'].find((n) => n['@type'] === type)!

describe('citation in structured data', () => {
  it("lists the pore guide's sources on its MedicalWebPage and BlogPosting, in the Sources list's order", async () => {
    const {post, settings, treatments} = await loadArticle('can-you-close-pores-permanently')
    const graph = articleGraph(post, {settings, treatments, crumbs, siteUrl: SITE_URL})
    const listed = numberSources(post.references)
    expect(listed.length).toBeGreaterThanOrEqual(3)

    for (const type of ['MedicalWebPage', 'BlogPosting']) {
      const citation = node(graph, type).citation as Array<Record<string, unknown>>
      expect(citation.map((c) => c.url)).toEqual(listed.map((s) => s.href))
      for (const entry of citation) {
        expect(entry).toMatchObject({name: expect.any(String), publisher: {'@type': 'Organization', name: expect.any(String)}})
        expect(String(entry.datePublished)).toMatch(/^\d{4}$/)
      }
    }
    const review = (node(graph, 'MedicalWebPage').citation as Array<Record<string, unknown>>).find((c) => c['@type'] === 'ScholarlyArticle')
    expect(review).toMatchObject({url: 'https://doi.org/10.1111/ajd.12715', identifier: {propertyID: 'DOI', value: '10.1111/ajd.12715'}})
  })

  it.each(['chemical-peel', 'microneedling', 'fractional-laser-resurfacing', 'medical-extraction-facial'])(
    'lists the sources of the %s page',
    async (slug) => {
      const {treatment, settings, treatments} = await loadTreatment(slug)
      const graph = treatmentGraph(treatment, {settings, treatments, crumbs, siteUrl: SITE_URL})
      const citation = node(graph, 'MedicalWebPage').citation as Array<Record<string, unknown>>
      expect(citation.length).toBeGreaterThan(0)
      expect(citation.map((c) => c.url)).toEqual(numberSources(treatment.references).map((s) => s.href))
    },
  )
})
