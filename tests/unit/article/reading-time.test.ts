import {formatReadingTime, minutesForWords, readingTime, wordCount} from '@/lib/article/reading-time'
import {runQuery} from '@/lib/content/source'
import {postBySlugQuery} from '@/lib/content/queries'
import type {Post} from '@/lib/content'
import type {AnyBlock} from '@/lib/article/portable-text'
import {block, h2} from './fixtures'

describe('reading time', () => {
  it('counts words in text blocks, callouts and questions, not images', () => {
    const blocks: AnyBlock[] = [
      h2('Two words'),
      block('one two three'),
      {_type: 'callout', _key: 'c', title: 'Tip here', text: 'Go  slow\nplease'},
      {
        _type: 'faqBlock',
        _key: 'f',
        title: 'FAQ',
        items: [{_key: 'i', question: 'Why so?', answer: 'Because.'}],
      },
      {_type: 'accessibleImage', _key: 'img', alt: 'many words that nobody reads aloud'},
    ]
    expect(wordCount(blocks)).toBe(2 + 3 + 5 + 4)
  })

  it('rounds up at 238 words a minute, with a minimum of one minute', () => {
    expect(minutesForWords(0)).toBe(1)
    expect(minutesForWords(238)).toBe(1)
    expect(minutesForWords(239)).toBe(2)
    expect(minutesForWords(238 * 9)).toBe(9)
    expect(formatReadingTime(9)).toBe('9 min read')
  })

  it('gives the pore guide a plausible time from its real text', async () => {
    const post = await runQuery<Post | null>(
      postBySlugQuery,
      {slug: 'can-you-close-pores-permanently'},
      'published',
    )
    const {words, minutes} = readingTime(post!.body as unknown as AnyBlock[])
    expect(words).toBeGreaterThan(1000)
    expect(minutes).toBe(Math.ceil(words / 238))
  })
})
