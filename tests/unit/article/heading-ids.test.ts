import {createHeadingSlugger, headingIds, slugifyHeading} from '@/lib/article/heading-ids'
import {block, h2, h3, h4} from './fixtures'

describe('slugifyHeading', () => {
  it('makes readable ASCII ids', () => {
    expect(slugifyHeading('Why your skin needs its pores')).toBe('why-your-skin-needs-its-pores')
    expect(slugifyHeading('AHAs & BHAs: with care!')).toBe('ahas-and-bhas-with-care')
    expect(slugifyHeading('Crème légère')).toBe('creme-legere')
    expect(slugifyHeading('1. Your genes')).toBe('1-your-genes')
  })

  it('never returns an empty id', () => {
    expect(slugifyHeading('???')).toBe('section')
    expect(slugifyHeading('')).toBe('section')
  })
})

describe('createHeadingSlugger', () => {
  it('dedupes repeated headings in order', () => {
    const slug = createHeadingSlugger([])
    expect([slug('Risks'), slug('Risks'), slug('Risks')]).toEqual(['risks', 'risks-2', 'risks-3'])
  })

  it('does not collide with a heading whose own text ends in a number', () => {
    const slug = createHeadingSlugger([])
    expect([slug('Step'), slug('Step 2'), slug('Step')]).toEqual(['step', 'step-2', 'step-3'])
  })

  it('keeps ids the page itself uses free', () => {
    const slug = createHeadingSlugger()
    expect(slug('Main')).toBe('main-2')
  })
})

describe('headingIds', () => {
  it('gives ids to h2, h3 and h4 only, keyed by block', () => {
    const blocks = [
      h2('Intro'),
      block('Paragraph'),
      h3('Detail'),
      h4('Fine print'),
      block('Item', 'normal', {listItem: 'bullet'}),
    ]
    const ids = headingIds(blocks)
    expect([...ids.values()]).toEqual(['intro', 'detail', 'fine-print'])
    expect(ids.get(blocks[0]._key)).toBe('intro')
  })

  it('is stable: the same body gives the same ids', () => {
    const blocks = [h2('Summary'), h3('Summary')]
    expect([...headingIds(blocks).values()]).toEqual([...headingIds(blocks).values()])
    expect([...headingIds(blocks).values()]).toEqual(['summary', 'summary-2'])
  })

  it('counts a titled question group as a heading and respects extra reserved ids', () => {
    const blocks = [{_type: 'faqBlock', _key: 'faq', title: 'Preparation', items: []}]
    expect(headingIds(blocks, ['preparation']).get('faq')).toBe('preparation-2')
  })
})
