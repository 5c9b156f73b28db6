import {runSearch} from '@/lib/search/run-search'
import {synonymGroupsFrom, synonymsFor} from '@/lib/search/synonyms'
import {termsOf} from '@/lib/search/terms'
import {tokenize} from '@/lib/search/tokenize'
import {content, indexOf, post} from './fixtures'

const SYNONYMS = [['sunblock', 'sunscreen'], ['comedones', 'blackheads'], ['acne scars', 'scarring']]

const site = indexOf(
  content({
    synonyms: SYNONYMS,
    posts: [
      post('salicylic', {title: 'Salicylic acid explained', body: 'A beta hydroxy acid that works inside pores.'}),
      post('cleansing', {title: 'Double cleansing, step by step', body: 'Wash twice: oil first, then a gentle wash.'}),
      post('sunscreen', {title: 'Sunscreen in the tropics', body: 'Reapply every two hours outdoors.'}),
      post('blackheads', {title: 'Blackheads or sebaceous filaments?', body: 'How to tell them apart.'}),
      post('scarring', {title: 'Treating scarring after breakouts', body: 'Resurfacing can soften marks.'}),
      post('chinese', {title: '防晒霜的正确用法', body: '每天早上涂抹防晒霜可以保护皮肤。'}),
    ],
  }),
)

const top = (query: string) => runSearch(site.index, query, site.synonyms).hits[0]?.title

describe('finding what patients mean', () => {
  it('tolerates a typo in a longer word', () => {
    expect(top('salicilic')).toBe('Salicylic acid explained')
    expect(top('blakheads')).toBe('Blackheads or sebaceous filaments?')
  })

  it('does not guess at short words, where one letter makes another word', () => {
    expect(runSearch(site.index, 'tow', site.synonyms).total).toBe(0)
  })

  it('matches word forms', () => {
    expect(top('cleanse')).toBe('Double cleansing, step by step')
    expect(top('cleanses')).toBe('Double cleansing, step by step')
    expect(top('scars')).toBe('Treating scarring after breakouts')
  })

  it('matches an unfinished last word', () => {
    expect(top('sebac')).toBe('Blackheads or sebaceous filaments?')
  })

  it("searches the editors' synonyms too, both ways and for phrases", () => {
    expect(top('sunblock')).toBe('Sunscreen in the tropics')
    expect(top('comedones')).toBe('Blackheads or sebaceous filaments?')
    expect(top('acne scars')).toBe('Treating scarring after breakouts')
    expect(runSearch(site.index, 'sunblock', site.synonyms).synonyms).toEqual(['sunscreen'])
  })

  it('without the synonym list, the same words find nothing', () => {
    expect(runSearch(site.index, 'sunblock', []).total).toBe(0)
    expect(runSearch(site.index, 'comedones', []).total).toBe(0)
  })

  it('answers a question as it answers its keywords', () => {
    const question = runSearch(site.index, 'how do I double cleanse?', site.synonyms).hits.map((h) => h.title)
    const keywords = runSearch(site.index, 'double cleanse', site.synonyms).hits.map((h) => h.title)
    expect(question).toEqual(keywords)
    expect(question[0]).toBe('Double cleansing, step by step')
  })

  it('treats a query of stop words alone as nothing to search', () => {
    expect(runSearch(site.index, 'what is the', site.synonyms)).toMatchObject({searchable: false, total: 0})
  })

  it('splits text without spaces into words (Intl.Segmenter)', () => {
    expect(tokenize('每天早上涂抹防晒霜')).toEqual(expect.arrayContaining(['每天', '早上', '防晒']))
    expect(top('防晒霜')).toBe('防晒霜的正确用法')
    expect(top('早上')).toBe('防晒霜的正确用法')
  })
})

describe('synonym groups from Clinic settings', () => {
  it('drops blank words, single-word groups and malformed values', () => {
    const groups = synonymGroupsFrom([{terms: ['sunblock', ' ', 'sunscreen']}, {terms: ['alone']}, null, {terms: null}, {}])
    expect(groups.map((g) => g.phrases)).toEqual([['sunblock', 'sunscreen']])
    expect(synonymGroupsFrom('not a list')).toEqual([])
    expect(synonymGroupsFrom(undefined)).toEqual([])
  })

  it('expands a phrase only when its words appear together, and adds nothing already searched', () => {
    const groups = synonymGroupsFrom([{terms: ['acne scars', 'scarring']}])
    expect(synonymsFor(termsOf(tokenize('old acne scars')), groups)).toEqual([])
    expect(synonymsFor(termsOf(tokenize('scarring')), groups)).toEqual(['acne scars'])
    expect(synonymsFor(termsOf(tokenize('acne on the chin')), groups)).toEqual([])
  })
})
