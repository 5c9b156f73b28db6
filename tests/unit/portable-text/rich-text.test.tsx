/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Node export conditions: the content layer's Sanity client has no CommonJS browser build.
import {renderToStaticMarkup} from 'react-dom/server'
import {RichText} from '@/components/portable-text/RichText'
import type {RichBody} from '@/components/portable-text/types'
import {tableOfContents} from '@/lib/article/table-of-contents'
import type {AnyBlock} from '@/lib/article/portable-text'
import type {Post} from '@/lib/content'
import {postBySlugQuery} from '@/lib/content/queries'
import {runQuery} from '@/lib/content/source'

function render(blocks: unknown[]): HTMLElement {
  const container = document.createElement('div')
  container.innerHTML = renderToStaticMarkup(<RichText value={blocks as RichBody} />)
  return container
}

const linked = (markDef: Record<string, unknown>, text = 'the link') => ({
  _type: 'block',
  _key: `b-${String(markDef._key)}`,
  style: 'normal',
  markDefs: [markDef],
  children: [
    {_type: 'span', _key: 's1', text: 'Before ', marks: []},
    {_type: 'span', _key: 's2', text, marks: [markDef._key]},
  ],
})

describe('RichText links', () => {
  it('renders external links with rel="noopener noreferrer"', () => {
    const html = render([linked({_type: 'link', _key: 'm1', href: 'https://www.healthhub.sg/'})])
    const a = html.querySelector('a')!
    expect(a.getAttribute('href')).toBe('https://www.healthhub.sg/')
    expect(a.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:x',
    'JAVA\tSCRIPT:alert(1)',
  ])('drops the link but keeps the words for %j', (href) => {
    const html = render([linked({_type: 'link', _key: 'bad', href})])
    expect(html.querySelector('a')).toBeNull()
    expect(html.textContent).toBe('Before the link')
    expect(html.innerHTML).not.toMatch(/script:/i)
  })

  it('resolves internal references to post and treatment URLs', () => {
    const html = render([
      linked(
        {_type: 'internalLink', _key: 'p', refType: 'post', slug: 'double-cleansing-step-by-step'},
        'guide',
      ),
      linked({_type: 'internalLink', _key: 't', refType: 'treatment', slug: 'chemical-peel'}, 'peel'),
    ])
    const hrefs = [...html.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(['/blog/double-cleansing-step-by-step', '/treatments/chemical-peel'])
    expect(html.querySelector('a')!.hasAttribute('rel')).toBe(false)
  })

  it('leaves a reference to a missing page as plain text', () => {
    const html = render([linked({_type: 'internalLink', _key: 'gone', refType: null, slug: null}, 'gone')])
    expect(html.querySelector('a')).toBeNull()
    expect(html.textContent).toBe('Before gone')
  })
})

describe('RichText blocks', () => {
  it('keeps heading levels and gives them unique ids', () => {
    const html = render([
      {
        _type: 'block',
        _key: 'a',
        style: 'h2',
        children: [{_type: 'span', _key: 'x', text: 'Risks'}],
        markDefs: [],
      },
      {
        _type: 'block',
        _key: 'b',
        style: 'h3',
        children: [{_type: 'span', _key: 'x', text: 'Risks'}],
        markDefs: [],
      },
      {
        _type: 'block',
        _key: 'c',
        style: 'h4',
        children: [{_type: 'span', _key: 'x', text: 'Small print'}],
        markDefs: [],
      },
    ])
    expect([...html.querySelectorAll('h2,h3,h4')].map((h) => `${h.tagName}#${h.id}`)).toEqual([
      'H2#risks',
      'H3#risks-2',
      'H4#small-print',
    ])
  })

  it('renders callouts as notes, FAQs as <details>, and hides patient-result images', () => {
    const html = render([
      {_type: 'callout', _key: 'c', tone: 'caution', title: 'When not to wait', text: 'See a doctor.'},
      {
        _type: 'faqBlock',
        _key: 'f',
        title: 'Questions',
        items: [{_key: 'q', _type: 'faqItem', question: 'Does it hurt?', answer: 'A little.\n\nIt passes.'}],
      },
      {
        _type: 'accessibleImage',
        _key: 'i',
        alt: 'After treatment',
        depictsPatientResult: true,
        asset: {_ref: 'image-abc-100x100-png', _type: 'reference'},
      },
    ])
    expect(html.querySelector('[role="note"]')?.textContent).toContain('When not to wait')
    expect(html.querySelector('details summary')?.textContent).toContain('Does it hurt?')
    expect(html.querySelectorAll('details p')).toHaveLength(2)
    expect(html.querySelector('h2')?.id).toBe('questions')
    expect(html.querySelector('img')).toBeNull()
  })

  it('renders a treatment card with a booking link that carries the treatment', () => {
    const html = render([
      {
        _type: 'treatmentCard',
        _key: 't',
        treatment: {
          _id: 'x',
          name: 'Chemical peel',
          slug: 'chemical-peel',
          summary: 'A peel.',
          downtime: 'A few days',
          procedureType: null,
          coverImage: null,
        },
      },
    ])
    const book = [...html.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Book a consultation'))
    expect(book?.getAttribute('href')).toBe('/book?treatment=chemical-peel')
    // Inside a body the card must not add a heading to the outline.
    expect(html.querySelector('h2,h3,h4')).toBeNull()
  })
})

describe('the pore guide from the snapshot', () => {
  let html: HTMLElement
  let post: Post

  beforeAll(async () => {
    post = (await runQuery<Post | null>(
      postBySlugQuery,
      {slug: 'can-you-close-pores-permanently'},
      'published',
    ))!
    html = render(post.body!)
  })

  it('gives every table-of-contents entry a matching heading id', () => {
    const toc = tableOfContents(post.body as unknown as AnyBlock[])
    for (const id of toc.flatMap((e) => [e.id, ...e.children.map((c) => c.id)])) {
      expect(html.querySelector(`[id="${id}"]`)).not.toBeNull()
    }
  })

  it('never skips a heading level and has no H1 in the body', () => {
    const levels = [...html.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]))
    expect(levels).not.toContain(1)
    expect(levels[0]).toBe(2)
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]).toBeLessThanOrEqual(1)
    })
  })

  it('resolves its internal links to published posts', () => {
    const internal = [...html.querySelectorAll('a')]
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.startsWith('/blog/'))
    expect(internal).toEqual(
      expect.arrayContaining([
        '/blog/blackheads-vs-sebaceous-filaments',
        '/blog/double-cleansing-step-by-step',
      ]),
    )
  })

  it('renders its images with known dimensions and alt text', () => {
    const img = html.querySelector('img')!
    expect(img.getAttribute('width')).toBeTruthy()
    expect(img.getAttribute('height')).toBeTruthy()
    expect(img.getAttribute('alt')).toBeTruthy()
  })
})

describe('RichText citations', () => {
  const sources = [
    {_key: 'nhs', number: 1},
    {_key: 'review', number: 2},
  ]
  const cited = (key: string, source: string) => ({
    _type: 'block',
    _key: `b-${key}`,
    style: 'normal',
    markDefs: [{_type: 'citation', _key: key, source}],
    children: [
      {_type: 'span', _key: 's1', text: 'Peels may help', marks: [key]},
      {_type: 'span', _key: 's2', text: '.', marks: []},
    ],
  })

  it("shows the source's number after the cited words, linking to its entry with a readable name", () => {
    const container = document.createElement('div')
    container.innerHTML = renderToStaticMarkup(
      <RichText value={[cited('c1', 'review'), cited('c2', 'nhs')] as unknown as RichBody} sources={sources} />,
    )
    const links = [...container.querySelectorAll('sup a')]
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['[2]', '#source-2', 'Source 2'],
      ['[1]', '#source-1', 'Source 1'],
    ])
    expect(container.querySelector('p')!.textContent).toBe('Peels may help[2].')
  })

  it('keeps the words and shows no number when the source is no longer listed', () => {
    const container = document.createElement('div')
    container.innerHTML = renderToStaticMarkup(<RichText value={[cited('c1', 'gone')] as unknown as RichBody} sources={sources} />)
    expect(container.querySelector('a')).toBeNull()
    expect(container.textContent).toBe('Peels may help.')
  })
})

