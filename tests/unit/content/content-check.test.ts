import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const tsx = path.join('node_modules', '.bin', 'tsx')
const source = path.join(process.cwd(), 'sanity', 'dataset')

function check(dir: string): {code: number; output: string} {
  try {
    const output = execFileSync(tsx, ['scripts/content-check.ts', '--dir', dir], {encoding: 'utf8', stdio: 'pipe'})
    return {code: 0, output}
  } catch (error) {
    const e = error as {status: number; stdout: string; stderr: string}
    return {code: e.status, output: e.stdout + e.stderr}
  }
}

function brokenCopy(edit: (docs: Array<Record<string, unknown>>) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-'))
  fs.cpSync(source, dir, {recursive: true})
  const file = path.join(dir, 'data.ndjson')
  const docs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  edit(docs)
  fs.writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n')
  return dir
}

const guide = (docs: Array<Record<string, unknown>>) => docs.find((d) => d._type === 'post' && !String(d._id).startsWith('drafts.'))!

describe('content:check', () => {
  it('passes on the bundled snapshot', () => {
    const result = check(source)
    expect(result.output).toMatch(/0 problem\(s\)/)
    expect(result.code).toBe(0)
  })

  it('fails on a dangling reference and names it', () => {
    const dir = brokenCopy((docs) => {
      guide(docs).author = {_type: 'reference', _ref: 'person.nobody'}
    })
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/author: reference to missing document "person\.nobody"/)
  })

  it('fails on an SVG that carries script and names the file', () => {
    const dir = brokenCopy(() => {})
    const images = path.join(dir, 'images')
    const name = fs.readdirSync(images).find((file) => file.endsWith('.svg'))!
    const file = path.join(images, name)
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</svg>', '<script>fetch("/staff/export")</script></svg>'))
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.output).toContain(`images/${name}`)
    expect(result.output).toContain('<script>')
  })

  it('fails on a missing alt text', () => {
    const dir = brokenCopy((docs) => {
      const post = guide(docs) as {coverImage: {alt?: string}}
      delete post.coverImage.alt
    })
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/coverImage: image has no alt text/)
  })

  it('fails on a duplicate slug and on a missing required field', () => {
    const dir = brokenCopy((docs) => {
      const posts = docs.filter((d) => d._type === 'post' && !String(d._id).startsWith('drafts.'))
      posts[1].slug = posts[0].slug
      delete posts[2].medicalReviewer
    })
    const result = check(dir)
    expect(result.code).toBe(1)
    expect(result.output).toMatch(/slug ".+" is also used by/)
    expect(result.output).toMatch(/required field "medicalReviewer" is missing/)
  })

  describe('sources', () => {
    const poreGuide = (docs: Array<Record<string, unknown>>) =>
      docs.find((d) => d._id === 'post.can-you-close-pores-permanently') as {references: Array<Record<string, unknown>>; body: Array<Record<string, unknown>>}

    it('fails on a malformed DOI and names the entry', () => {
      const dir = brokenCopy((docs) => {
        poreGuide(docs).references[0].doi = '10.12/not-enough-digits'
      })
      const result = check(dir)
      expect(result.code).toBe(1)
      expect(result.output).toMatch(/references\[_key=="src-aad"\]\.doi: A DOI starts with "10\."/)
    })

    it('fails on a PubMed id that is not digits', () => {
      const dir = brokenCopy((docs) => {
        const treatment = docs.find((d) => d._id === 'treatment.chemical-peel') as {references: Array<Record<string, unknown>>}
        treatment.references[0].pmid = 'PMID 1234'
      })
      const result = check(dir)
      expect(result.code).toBe(1)
      expect(result.output).toMatch(/treatment\.chemical-peel references\[_key=="src-peel-review"\]\.pmid: A PubMed id is digits only/)
    })

    it('fails on a source without a year or a publisher, and on one with no identifier', () => {
      const dir = brokenCopy((docs) => {
        const [first, second] = poreGuide(docs).references
        delete first.year
        delete first.publisher
        delete second.url
      })
      const result = check(dir)
      expect(result.code).toBe(1)
      expect(result.output).toMatch(/references\[_key=="src-aad"\]\.year: Give the year/)
      expect(result.output).toMatch(/references\[_key=="src-aad"\]\.publisher: Give the publisher/)
      expect(result.output).toMatch(/references\[_key=="src-dermnet"\]\.url: Give one identifier/)
    })

    it('fails on an http address and on a citation of a source that is not listed', () => {
      const dir = brokenCopy((docs) => {
        const guideDoc = poreGuide(docs)
        guideDoc.references[0].url = 'http://www.aad.org/public'
        guideDoc.references = guideDoc.references.filter((r) => r._key !== 'src-hsa')
      })
      const result = check(dir)
      expect(result.code).toBe(1)
      expect(result.output).toMatch(/references\[_key=="src-aad"\]\.url: Use an https:\/\/ address/)
      expect(result.output).toMatch(/citation names source "src-hsa", which is not in references/)
    })
  })
})
