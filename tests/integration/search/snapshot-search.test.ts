import {runQuery} from '@/lib/content/source'
import {searchDocumentsQuery, type SearchDocuments} from '@/lib/content/search-documents'
import {searchDocumentsFrom} from '@/lib/search/documents'
import {nearMisses, runSearch} from '@/lib/search/run-search'
import {createSearchIndex, updateSearchIndex} from '@/lib/search/search-index'
import {synonymGroupsFrom} from '@/lib/search/synonyms'

// The bundled starter content through the real snapshot source and the query the site runs: what
// a patient gets for plain questions, typos and the synonyms shipped in Clinic settings.
let search: (query: string) => ReturnType<typeof runSearch>
let near: (query: string) => ReturnType<typeof nearMisses>

beforeAll(async () => {
  const content = await runQuery<SearchDocuments>(searchDocumentsQuery, {language: 'en'}, 'published')
  const index = createSearchIndex()
  updateSearchIndex(index, searchDocumentsFrom(content))
  const synonyms = synonymGroupsFrom(content.clinic?.searchSynonyms)
  search = (query) => runSearch(index, query, synonyms)
  near = (query) => nearMisses(index, query)
})

const top = (query: string) => search(query).hits[0]
const marked = (query: string) => search(query).hits.flatMap((h) => h.snippet.filter((p) => p.marked).map((p) => p.text.toLowerCase()))

describe('search over the starter content (snapshot source)', () => {
  it('indexes every published post and treatment and the clinic page, and no draft', async () => {
    const slugs = await runQuery<{posts: string[]; treatments: string[]}>(
      `{"posts": *[_type == "post" && defined(slug.current)].slug.current, "treatments": *[_type == "treatment" && defined(slug.current)].slug.current}`,
    )
    const urls = new Set(search('skin').hits.map((h) => h.url))
    expect(slugs.posts.length).toBeGreaterThanOrEqual(7)
    expect(search('draft only example').hits.map((h) => h.url)).not.toContain('/blog/draft-only-example')
    expect(top('opening hours')).toMatchObject({kind: 'clinic', url: '/clinic'})
    expect(urls.size).toBeGreaterThan(3)
  })

  it('answers a plain question with the treatment, and the snippet shows its downtime', () => {
    const hit = top('how long is the downtime after laser')
    expect(hit).toMatchObject({kind: 'treatment', url: '/treatments/fractional-laser-resurfacing', title: 'Fractional laser resurfacing'})
    expect(hit.snippet.map((p) => p.text).join('')).toMatch(/^Downtime: /)
  })

  it('tolerates a misspelt ingredient', () => {
    expect(top('salicilic')).toMatchObject({url: '/blog/salicylic-acid-vs-glycolic-acid'})
    expect(marked('salicilic')).toContain('salicylic')
  })

  it('matches word forms', () => {
    expect(top('cleanse')).toMatchObject({url: '/blog/double-cleansing-step-by-step'})
  })

  it('tolerates a typo in a short word', () => {
    expect(top('pealing')?.url).toMatch(/peel/)
  })

  it("finds pages through the clinic's synonyms", () => {
    expect(top('sunblock')).toMatchObject({url: '/blog/sunscreen-in-a-tropical-climate'})
    expect(marked('sunblock')).toContain('sunscreen')
    expect(top('comedones')?.url).toBe('/blog/blackheads-vs-sebaceous-filaments')
    expect(search('scarring').synonyms).toEqual(['acne scars'])
    expect(search('scarring').hits.slice(0, 2).map((h) => h.kind)).toEqual(['treatment', 'treatment'])
  })

  it('finds a treatment by a question from its FAQs', () => {
    expect(top('does a chemical peel hurt')).toMatchObject({url: '/treatments/chemical-peel'})
  })

  it('shows the category of an article', () => {
    expect(top('salicylic acid')?.category).toBeTruthy()
  })

  it('finds nothing for gibberish, and offers near pages for a badly misspelt word', () => {
    expect(search('zzqxv').total).toBe(0)
    expect(near('zzqxv')).toEqual([])
    expect(search('mycronidling').total).toBe(0)
    expect(near('mycronidling').map((h) => h.url)).toContain('/treatments/microneedling')
  })
})
