import {searchDocumentsFrom} from '@/lib/search/documents'
import {runSearch} from '@/lib/search/run-search'
import {updateSearchIndex} from '@/lib/search/search-index'
import {content, indexOf, post, treatment} from './fixtures'

const titles = (source: ReturnType<typeof indexOf>, query: string) =>
  runSearch(source.index, query, source.synonyms).hits.map((h) => h.title)

describe('ranking', () => {
  it('puts a title match above a page that only mentions the word in its body', () => {
    const site = indexOf(
      content({
        posts: [
          post('mentions', {title: 'Caring for oily skin', body: 'Some readers ask about retinol. ' + 'Oily skin needs a light moisturiser. '.repeat(3)}),
          post('about', {title: 'Retinol for beginners', body: 'How to start slowly.'}),
        ],
      }),
    )
    expect(titles(site, 'retinol')).toEqual(['Retinol for beginners', 'Caring for oily skin'])
  })

  it('puts a heading match above a body match', () => {
    const site = indexOf(
      content({
        posts: [
          post('body', {title: 'Alpha', body: 'We also cover niacinamide briefly here, among many other ingredients.'}),
          post('heading', {title: 'Beta', headings: 'What niacinamide does', body: 'It is a form of vitamin B3 used in many serums.'}),
        ],
      }),
    )
    expect(titles(site, 'niacinamide')).toEqual(['Beta', 'Alpha'])
  })

  it('ranks a page holding all the words above pages holding one', () => {
    const site = indexOf(
      content({
        treatments: [
          treatment('peel', {name: 'Chemical peel', downtime: '1 to 5 days of redness'}),
          treatment('laser', {name: 'Fractional laser resurfacing', downtime: '2 to 4 days of redness and swelling'}),
        ],
        posts: [post('laser-myths', {title: 'Laser myths', body: 'Lasers do not thin the skin.'})],
      }),
    )
    expect(titles(site, 'laser downtime')[0]).toBe('Fractional laser resurfacing')
  })

  it('reads a word the site uses as spelt right, not as a typo of a neighbour', () => {
    const site = indexOf(
      content({
        posts: [
          post('layer', {title: 'The skin layer by layer'}),
          post('laser', {title: 'What a laser does'}),
        ],
      }),
    )
    expect(titles(site, 'laser')).toEqual(['What a laser does'])
    // A word the site does not use is read as a typo of the nearest ones.
    expect(titles(site, 'lazer')).toEqual(expect.arrayContaining(['What a laser does', 'The skin layer by layer']))
  })

  it('keeps its vocabulary in step when a page changes or goes', () => {
    const site = indexOf(content({posts: [post('a', {title: 'Retinol basics'}), post('b', {title: 'Retinol at night'})]}))
    expect(site.index.vocabulary.get('retinol')).toBe(2)
    updateSearchIndex(site.index, searchDocumentsFrom(content({posts: [post('a', {title: 'Tretinoin basics'})]})))
    expect(site.index.vocabulary.has('retinol')).toBe(false)
    expect(site.index.vocabulary.get('tretinoin')).toBe(1)
    expect(titles(site, 'retinol')).toEqual([])
  })

  it('finds treatment FAQs, risks and downtime and the clinic page', () => {
    const site = indexOf(
      content({
        treatments: [
          treatment('peel', {
            name: 'Chemical peel',
            risks: ['Dark patches after sun exposure'],
            faqs: [{question: 'Does a chemical peel hurt?', answer: 'Most people feel warmth or stinging.'}],
          }),
        ],
      }),
    )
    expect(titles(site, 'stinging')).toEqual(['Chemical peel'])
    expect(titles(site, 'dark patches')).toEqual(['Chemical peel'])
    expect(titles(site, 'opening hours')[0]).toBe('Demo Skin Clinic')
    const [peel] = runSearch(site.index, 'hurt', site.synonyms).hits
    expect(peel).toMatchObject({kind: 'treatment', url: '/treatments/peel'})
  })
})
