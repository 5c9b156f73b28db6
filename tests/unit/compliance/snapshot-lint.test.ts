import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import type {Finding} from '@/lib/compliance'

const run = promisify(execFile)

// Every test starts the CLI in a new process, which loads tsx, the readability modules and the
// tagger's lexicon each time: on a busy shared machine one run takes tens of seconds.
jest.setTimeout(120_000)
const ROOT = path.resolve(__dirname, '../../..')
const SNAPSHOT = path.join(ROOT, 'sanity/dataset/data.ndjson')

type Report = {id: string; open: Array<Omit<Finding, 'pathSegments'> & {pathSegments: unknown[]}>}
type LintJson = {
  checked: number
  errors: number
  openWarnings: number
  acknowledgedWarnings: number
  documents: Report[]
}

// The CLI exactly as CI runs it (tsx with the react-server condition), on a given file.
async function lint(file: string, ...args: string[]): Promise<{code: number; stdout: string}> {
  try {
    const {stdout} = await run(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--conditions=react-server',
        path.join(ROOT, 'scripts/content-lint.ts'),
        '--dataset',
        file,
        ...args,
      ],
      {cwd: ROOT, env: {...process.env, SANITY_PROJECT_ID: ''}, timeout: 60000},
    )
    return {code: 0, stdout}
  } catch (error) {
    const failed = error as {code?: number; stdout?: string}
    if (typeof failed.code !== 'number') throw error
    return {code: failed.code, stdout: failed.stdout ?? ''}
  }
}

type Doc = {_id: string; _type: string; [field: string]: unknown}

function readDocs(): Doc[] {
  return fs
    .readFileSync(SNAPSHOT, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc)
}

function writeTemp(docs: Doc[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-lint-'))
  const file = path.join(dir, 'data.ndjson')
  fs.writeFileSync(file, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}

const POST = 'post.can-you-close-pores-permanently'
const TREATMENT = 'treatment.chemical-peel'

test('the starter snapshot passes content:lint', async () => {
  const {code, stdout} = await lint(SNAPSHOT)
  expect(stdout).toMatch(/0 error\(s\), 0 unacknowledged warning\(s\)/)
  expect(stdout).toMatch(/Timing: read [\d.]+ ms, checked in [\d.]+ ms/)
  expect(code).toBe(0)
})

describe('a copy with injected problems fails with the right locations', () => {
  let result: {code: number; json: LintJson}
  let plain: {code: number; stdout: string}

  beforeAll(async () => {
    const docs = readDocs().map((doc) => {
      if (doc._id === POST) {
        const body = [...(doc.body as object[])]
        body.splice(2, 0, {
          _type: 'block',
          _key: 'injectedtestimonial',
          style: 'normal',
          markDefs: [],
          children: [
            {
              _type: 'span',
              _key: 'q1',
              text: '\u201cMy pores look half the size now,\u201d says Mei, a patient.',
              marks: [],
            },
          ],
        })
        return {...doc, excerpt: `${doc.excerpt as string} The best pore guide in Singapore.`, body}
      }
      if (doc._id === TREATMENT) return {...doc, summary: `${doc.summary as string} Sessions from $99.`}
      return doc
    })
    const file = writeTemp(docs)
    const [json, text] = await Promise.all([lint(file, '--json'), lint(file)])
    result = {code: json.code, json: JSON.parse(json.stdout) as LintJson}
    plain = text
  })

  test('it exits 1', () => {
    expect(result.code).toBe(1)
    expect(plain.code).toBe(1)
  })

  test('each injected problem is reported where it was put', () => {
    const located = result.json.documents.flatMap((report) =>
      report.open.map((f) => ({
        id: report.id,
        ruleId: f.ruleId,
        severity: f.severity,
        path: f.path,
        match: f.match,
      })),
    )
    expect(located).toEqual(
      expect.arrayContaining([
        {id: POST, ruleId: 'superlative', severity: 'warning', path: 'excerpt', match: 'best'},
        {
          id: POST,
          ruleId: 'testimonial-quote',
          severity: 'error',
          path: 'body[_key=="injectedtestimonial"]',
          match: '\u201cMy pores look half the size now,\u201d',
        },
        {id: TREATMENT, ruleId: 'price-wording', severity: 'error', path: 'summary', match: 'from $99'},
      ]),
    )
    expect(located).toHaveLength(3)
    expect(result.json.errors).toBe(2)
    expect(result.json.openWarnings).toBe(1)
  })

  test('offsets point at the matched words', () => {
    const treatment = result.json.documents.find((report) => report.id === TREATMENT)
    const finding = treatment?.open[0]
    const summary = readDocs().find((doc) => doc._id === TREATMENT)?.summary as string
    const injected = `${summary} Sessions from $99.`
    expect(injected.slice(finding!.start, finding!.end)).toBe('from $99')
  })

  test('the text report groups findings under each document', () => {
    expect(plain.stdout).toMatch(
      new RegExp(
        `post ".*" \\(${POST.replace(/\./g, '\\.')}\\)\\n  warning superlative at excerpt \\[\\d+-\\d+\\]: "best"`,
      ),
    )
    expect(plain.stdout).toContain('ERROR   testimonial-quote at body[_key=="injectedtestimonial"]')
    expect(plain.stdout).toMatch(
      /treatment "Chemical peel" \(treatment\.chemical-peel\)\n {2}ERROR {3}price-wording at summary \[\d+-\d+\]: "from \$99"/,
    )
    expect(plain.stdout).toMatch(/2 error\(s\), 1 unacknowledged warning\(s\)/)
  })
})

test('an acknowledgement of an edited sentence no longer applies', async () => {
  const docs = readDocs().map((doc) => {
    if (doc._id !== POST) return doc
    return {...doc, title: 'You Can Close Pores Permanently'}
  })
  const {code, stdout} = await lint(writeTemp(docs), '--json')
  const json = JSON.parse(stdout) as LintJson
  expect(code).toBe(1)
  const post = json.documents.find((report) => report.id === POST)
  expect(post?.open.map((f) => [f.ruleId, f.path, f.match, f.context])).toEqual([
    ['guarantee', 'title', 'Permanently', 'plain'],
  ])
  const stale = (post as unknown as {stale: Array<{path: string}>}).stale
  expect(stale.map((ack) => ack.path)).toEqual(['title'])
})

describe('readability and the live dataset', () => {
  test('content:lint prints every document readability and fails on it only when asked', async () => {
    const docs = readDocs().map((doc) =>
      doc._id === 'category.skin-care'
        ? {...doc, description: 'Comprehensive dermatological considerations regarding individualised sebaceous regulation.'}
        : doc,
    )
    const file = writeTemp(docs)
    const normal = await lint(file)
    expect(normal.stdout).toMatch(/note +category\.skin-care: grade [\d.]+ \(target <= 8\)/)
    expect(normal.stdout).toMatch(/ok +post\.can-you-close-pores-permanently: grade/)
    expect(normal.code).toBe(0)
    const strict = await lint(file, '--readability-strict')
    expect(strict.stdout).toMatch(/ERROR +category\.skin-care/)
    expect(strict.code).toBe(1)
  })

  test('--live without a configured project says what to set', async () => {
    const {code, stdout} = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.join(ROOT, 'scripts/content-lint.ts'), '--live'],
      {cwd: ROOT, env: {...process.env, SANITY_PROJECT_ID: ''}, timeout: 60000},
    ).then(
      (ok) => ({code: 0, stdout: ok.stdout + ok.stderr}),
      (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout + error.stderr}),
    )
    expect(code).toBe(2)
    expect(stdout).toMatch(/--live needs SANITY_PROJECT_ID/)
  })
})
