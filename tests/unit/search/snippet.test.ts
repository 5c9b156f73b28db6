import {runSearch} from '@/lib/search/run-search'
import {snippetFor} from '@/lib/search/snippet'
import {processTerm} from '@/lib/search/terms'
import {content, indexOf, post, treatment} from './fixtures'

const render = (parts: {text: string; marked: boolean}[]) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('')
const terms = (...words: string[]) => new Set(words.map((w) => processTerm(w) as string))

describe('snippets', () => {
  it('shows the sentence holding most of the matched words, with each marked', () => {
    const sections = [
      {text: 'Peels renew skin. Sunscreen matters after a peel.'},
      {text: 'Use sunscreen daily, and after a peel use sunscreen twice as often.'},
    ]
    expect(render(snippetFor(sections, terms('sunscreen', 'peel')))).toBe('Sunscreen matters after a [peel].'.replace('Sunscreen', '[Sunscreen]'))
  })

  it('prefers the passage under a heading the query names', () => {
    const site = indexOf(
      content({treatments: [treatment('laser', {name: 'Laser', summary: 'A laser treats the skin in columns.', downtime: 'Two to four days of redness.'})]}),
    )
    const [hit] = runSearch(site.index, 'laser downtime', site.synonyms).hits
    expect(render(hit.snippet)).toBe('[Downtime]: Two to four days of redness.')
  })

  it('cuts a long sentence around its first match, at word boundaries', () => {
    const long = `${'Word '.repeat(80)}retinol ${'more '.repeat(80)}end.`
    const parts = snippetFor([{text: long}], terms('retinol'), 120)
    const text = render(parts)
    expect(text.startsWith('… ')).toBe(true)
    expect(text.endsWith(' …')).toBe(true)
    expect(text).toContain('[retinol]')
    expect(text.length).toBeLessThanOrEqual(120 + 4)
    expect(text).not.toMatch(/… \S*[a-z]Wor|Wo …/)
  })

  it('falls back to the first passage, unmarked, when the match was only in the title', () => {
    const site = indexOf(content({posts: [post('a', {title: 'Retinol basics', excerpt: 'Start slowly, twice a week.', body: 'More here.'})]}))
    const [hit] = runSearch(site.index, 'retinol', site.synonyms).hits
    expect(hit.snippet).toEqual([{text: 'Start slowly, twice a week.', marked: false}])
  })
})
