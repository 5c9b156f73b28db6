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
})
