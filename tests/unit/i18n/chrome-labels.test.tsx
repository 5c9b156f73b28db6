/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import {renderToStaticMarkup} from 'react-dom/server'
import {ShareBar} from '@/components/article/ShareBar'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'

// Screen readers announce these labels: on a Chinese page they must be Chinese too.
function render(node: React.ReactElement): HTMLElement {
  const container = document.createElement('div')
  container.innerHTML = renderToStaticMarkup(node)
  return container
}

describe('breadcrumb landmark', () => {
  it('is labelled in the language of the edition the trail starts in', () => {
    const en = render(<Breadcrumbs crumbs={[{name: 'Home', path: '/'}, {name: 'Journal', path: '/blog'}]} />)
    const zh = render(<Breadcrumbs crumbs={[{name: '首页', path: '/zh'}, {name: '护肤指南', path: '/zh/blog'}]} />)
    expect(en.querySelector('nav')!.getAttribute('aria-label')).toBe('Breadcrumb')
    expect(zh.querySelector('nav')!.getAttribute('aria-label')).toBe('当前位置')
  })
})

describe('share bar', () => {
  it('words its heading and WhatsApp link in the page language', () => {
    const zh = render(<ShareBar title="毛孔能缩小吗" url="https://clinic.example/zh/blog/x" locale="zh-Hans" />)
    expect(zh.querySelector('h2')!.textContent).toBe('分享这篇指南')
    expect(zh.querySelector('a')!.textContent).toBe('通过 WhatsApp 分享')
    const en = render(<ShareBar title="Pores" url="https://clinic.example/blog/x" locale="en" />)
    expect(en.querySelector('h2')!.textContent).toBe('Share this guide')
  })
})
