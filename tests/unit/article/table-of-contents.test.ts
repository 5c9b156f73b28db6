import {tableOfContents} from '@/lib/article/table-of-contents'
import {runQuery} from '@/lib/content/source'
import {postBySlugQuery} from '@/lib/content/queries'
import type {Post} from '@/lib/content'
import type {AnyBlock} from '@/lib/article/portable-text'
import {block, h2, h3, h4} from './fixtures'

describe('tableOfContents', () => {
  it('nests H3 under the preceding H2 and leaves H4 out', () => {
    const toc = tableOfContents([h2('A'), h3('A one'), h4('Deep'), h3('A two'), block('text'), h2('B')])
    expect(toc).toEqual([
      {
        id: 'a',
        text: 'A',
        children: [
          {id: 'a-one', text: 'A one'},
          {id: 'a-two', text: 'A two'},
        ],
      },
      {id: 'b', text: 'B', children: []},
    ])
  })

  it('keeps an H3 that comes before any H2', () => {
    expect(tableOfContents([h3('Lead'), h2('Next')]).map((e) => e.id)).toEqual(['lead', 'next'])
  })

  it('skips empty headings', () => {
    expect(tableOfContents([h2('   '), h2('Real')]).map((e) => e.text)).toEqual(['Real'])
  })

  it('lists the pore guide sections from the snapshot', async () => {
    const post = await runQuery<Post | null>(
      postBySlugQuery,
      {slug: 'can-you-close-pores-permanently'},
      'published',
    )
    expect(post).not.toBeNull()
    const toc = tableOfContents(post!.body as unknown as AnyBlock[])
    const h2s = toc.map((e) => e.text)
    expect(h2s).toEqual(
      expect.arrayContaining([
        'The short answer',
        'When to see a doctor',
        'Summary',
        'Questions about pores',
      ]),
    )
    const reasons = toc.find((e) => e.text === 'Five reasons pores look larger')
    expect(reasons?.children.map((c) => c.id)).toEqual([
      '1-your-genes',
      '2-too-much-oil',
      '3-skin-that-has-lost-its-bounce',
      '4-sun-damage',
      '5-build-up-of-dead-cells-and-grime',
    ])
    const ids = toc.flatMap((e) => [e.id, ...e.children.map((c) => c.id)])
    expect(new Set(ids).size).toBe(ids.length)
  })
})
