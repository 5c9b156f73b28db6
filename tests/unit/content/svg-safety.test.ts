import fs from 'node:fs'
import path from 'node:path'
import {svgProblems} from '@/lib/content/svg-safety'

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inner}</svg>`

describe('svgProblems', () => {
  it.each([
    ['a script', svg('<script>fetch("/staff/export")</script>')],
    ['a namespaced script', svg('<svg:script>alert(1)</svg:script>')],
    ['an event handler', svg('<rect width="1" height="1"/>', ' onload="alert(1)"')],
    ['an event handler on a child', svg('<image href="#a" onerror="alert(1)"/>')],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect/></a>')],
    ['an external image', svg('<image href="https://evil.example/x.png"/>')],
    ['an external xlink:href', svg('<use xlink:href="https://evil.example/sprite.svg#i"/>')],
    ['a root-relative reference', svg('<use href="/staff/export#x"/>')],
    ['a CSS url()', svg('<style>rect{fill:url(https://evil.example/p)}</style>')],
    ['a CSS @import', svg('<style>@import "https://evil.example/s.css";</style>')],
    ['HTML inside', svg('<foreignObject><iframe src="/staff"></iframe></foreignObject>')],
    ['entities', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('<text>&x;</text>')}`],
    ['an animated link', svg('<a><animate attributeName="href" values="javascript:alert(1)"/><rect/></a>')],
  ])('refuses %s', (_name, text) => {
    expect(svgProblems(text)).not.toEqual([])
  })

  it('accepts plain drawings, internal references and inline raster images', () => {
    expect(svgProblems(svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/>'))).toEqual([])
    expect(svgProblems(svg('<image href="data:image/png;base64,iVBORw0KGgo="/>'))).toEqual([])
  })

  it('accepts every SVG in the bundled snapshot', () => {
    const dir = path.join(process.cwd(), 'sanity', 'dataset', 'images')
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.svg'))
    expect(files.length).toBeGreaterThan(0)
    for (const name of files) expect({name, problems: svgProblems(fs.readFileSync(path.join(dir, name), 'utf8'))}).toEqual({name, problems: []})
  })
})
