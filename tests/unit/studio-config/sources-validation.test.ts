import {execFileSync} from 'node:child_process'
import path from 'node:path'

type Marker = {level: string; path: Array<string | {_key: string}>; message: string}

const ROOT = path.resolve(__dirname, '../../..')

// Sanity's own validateDocument over the real schema, in a child process (the Studio package loads
// slowly under Jest's transform).
function validateInStudio(docs: object[]): Marker[][] {
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'tests/unit/compliance/support/studio-validate.ts'), JSON.stringify(docs)],
    {cwd: ROOT, encoding: 'utf8', timeout: 60000},
  )
  return JSON.parse(out) as Marker[][]
}

const entry = (key: string, fields: Record<string, unknown>) => ({_key: key, _type: 'sourceReference', title: 'Acne', publisher: 'NHS', year: 2024, ...fields})
const citedBlock = (source: string) => ({
  _type: 'block',
  _key: 'b1',
  style: 'normal',
  markDefs: [{_type: 'citation', _key: 'c1', source}],
  children: [{_type: 'span', _key: 's1', text: 'Acne is common in teenagers.', marks: ['c1']}],
})
const post = (references: object[], source: string) => ({_id: 'drafts.p1', _type: 'post', title: 'Acne basics', references, body: [citedBlock(source)]})

const onReferences = (markers: Marker[]) =>
  markers
    .filter((m) => m.path[0] === 'references' || (m.path[0] === 'body' && m.path.includes('markDefs')))
    .map((m) => [m.path.map((p) => (typeof p === 'string' ? p : p._key)).join('.'), m.level, m.message])

describe('sources in the Studio', () => {
  const [good, bad] = validateInStudio([
    post([entry('ok', {url: 'https://www.nhs.uk/conditions/acne/'}), entry('paper', {doi: '10.1111/ajd.12715', pmid: '31234567'})], 'ok'),
    post(
      [
        entry('doi', {doi: '10.12/short'}),
        entry('pmid', {pmid: 'PMID1'}),
        entry('http', {url: 'http://www.nhs.uk/'}),
        entry('bare', {year: undefined, publisher: undefined}),
        entry('future', {year: 2999, url: 'https://www.nhs.uk/'}),
      ],
      'removed',
    ),
  ])

  it('accepts complete entries and a citation of a listed source', () => {
    expect(onReferences(good)).toEqual([])
  })

  it('marks a malformed DOI, PubMed id or URL, a missing year, publisher or identifier, and a citation of an unlisted source', () => {
    const found = onReferences(bad)
    const at = (p: string) => found.filter(([where]) => where === p).map(([, level, message]) => `${level}: ${message}`)
    expect(at('references.doi.doi')).toEqual([expect.stringMatching(/^error: A DOI starts with "10\./)])
    expect(at('references.pmid.pmid')).toEqual([expect.stringMatching(/^error: A PubMed id is digits only/)])
    expect(at('references.http.url').join('\n')).toMatch(/^error: .*https/m)
    expect(at('references.bare.year')).toEqual(['error: Required'])
    expect(at('references.bare.publisher')).toEqual(['error: Required'])
    expect(at('references.future.year')).toEqual([expect.stringMatching(/^error: A whole year between 1800 and \d{4}\./)])
    expect(at('references.bare')).toEqual(['error: Give one identifier: a DOI, a PubMed id or a URL.'])
    expect(at('body.b1.markDefs.c1.source')).toEqual([expect.stringMatching(/^error: This source is no longer in the "Sources" list/)])
  })
})
