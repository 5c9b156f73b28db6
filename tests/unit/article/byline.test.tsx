/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import {renderToStaticMarkup} from 'react-dom/server'
import {Byline} from '@/components/article/Byline'

function render(props: Partial<Parameters<typeof Byline>[0]>): HTMLElement {
  const container = document.createElement('div')
  container.innerHTML = renderToStaticMarkup(
    <Byline
      author={{_id: 'a', name: 'Alex Demo', slug: 'alex-demo', role: 'Writer', qualifications: null, isDoctor: false}}
      medicalReviewer={null}
      publishedAt="2026-10-02T01:30:00Z"
      lastReviewedAt="2026-09-28"
      minutes={5}
      {...props}
    />,
  )
  return container
}

describe('Byline', () => {
  it('shows when the next medical review is due, from the clinic interval', () => {
    const text = render({lastReviewedAt: '2099-01-31', reviewIntervalMonths: 1}).textContent
    expect(text).toContain('Next review due 28 February 2099')
  })

  it('says the page is being reviewed once that day has passed', () => {
    const text = render({lastReviewedAt: '2020-01-01', reviewIntervalMonths: 12}).textContent
    expect(text).toContain('This page is being medically reviewed')
    expect(text).not.toContain('Next review due')
  })

  it('shows a "What changed" note with its date, and links the editorial policy', () => {
    const html = render({
      changeNote: 'Updated the sunscreen amount to match new guidance.',
      changedAt: '2026-11-03',
      editorialPolicy: {title: 'Editorial policy', slug: 'editorial-policy', language: 'en'},
    })
    expect(html.querySelector('[data-change-note]')!.textContent).toBe('Updated 3 November 2026: Updated the sunscreen amount to match new guidance.')
    expect(html.querySelector('a[href="/about/editorial-policy"]')!.textContent).toBe('Editorial policy')
  })

  it('shows no note and no policy link when there is none', () => {
    const html = render({changeNote: '  ', editorialPolicy: null})
    expect(html.querySelector('[data-change-note]')).toBeNull()
    expect(html.querySelector('a[href^="/about/"]')).toBeNull()
  })

  it("joins a person's role and qualifications with the page language's comma", () => {
    const reviewer = {_id: 'r', name: 'Dr Demo', slug: 'dr-demo', role: null, qualifications: 'MBBS', isDoctor: true}
    expect(render({medicalReviewer: reviewer}).textContent).toContain('By Alex Demo, Writer')
    const zh = render({medicalReviewer: reviewer, locale: 'zh-Hans'}).textContent
    expect(zh).toContain('Alex Demo，Writer')
    expect(zh).toContain('Dr Demo，MBBS')
    expect(zh).not.toContain(', ')
  })
})
