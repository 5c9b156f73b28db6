// npm run content:lint [-- --dataset <file.ndjson>] [--live | --snapshot-and-live] [--suggest-acknowledgements]
//                         [--readability-strict] [--json]
//
// Checks every published type that reaches the site (posts, treatments, clinic settings, people,
// categories) against the health-advertising rules (lib/compliance) and exits 1 on any error or
// unacknowledged warning. Prints each document's readability against the targets in Clinic
// settings (failing on them only with --readability-strict). Reads the bundled snapshot
// (sanity/dataset/data.ndjson, or CONTENT_SNAPSHOT_DIR), a file given with --dataset, or the
// live dataset (--live, or by default when SANITY_PROJECT_ID is set; through the site's one
// content path, so a local Content Lake behind SANITY_API_HOST works too). --snapshot-and-live
// checks both.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {
  acknowledgementFor,
  isPublishedId,
  LINTED_TYPES,
  lintDocuments,
  lintExitCode,
  type CheckableDocument,
  type DocumentReport,
  type Finding,
} from '@/lib/compliance'
import {describeReadability, measureReadability, readabilityTargetsFrom} from '@/lib/compliance/readability'
import {parseNdjson, snapshotFile} from '@/lib/content/snapshot-source'

interface Options {
  dataset?: string
  suggest: boolean
  json: boolean
  live: boolean
  both: boolean
  readabilityStrict: boolean
}

function parseArgs(argv: string[]): Options {
  const options: Options = {suggest: false, json: false, live: false, both: false, readabilityStrict: false}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dataset') {
      const value = argv[++i]
      if (!value) throw new Error('--dataset needs a file path')
      options.dataset = value
    } else if (arg?.startsWith('--dataset=')) {
      options.dataset = arg.slice('--dataset='.length)
    } else if (arg === '--live') {
      options.live = true
    } else if (arg === '--snapshot-and-live') {
      options.both = true
    } else if (arg === '--readability-strict') {
      options.readabilityStrict = true
    } else if (arg === '--json') {
      options.json = true
    } else if (arg === '--suggest-acknowledgements') {
      options.suggest = true
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'Usage: npm run content:lint [-- --dataset <file.ndjson>] [--live | --snapshot-and-live] [--suggest-acknowledgements] [--readability-strict] [--json]\n',
      )
      process.exit(0)
    } else {
      throw new Error(`Unknown argument: ${arg}`)
    }
  }
  return options
}

const isLinted = (doc: CheckableDocument) =>
  typeof doc._id === 'string' &&
  isPublishedId(doc._id) &&
  (LINTED_TYPES as readonly unknown[]).includes(doc._type)

async function readSnapshot(file: string): Promise<CheckableDocument[]> {
  return parseNdjson(await readFile(file, 'utf8'), file).filter(isLinted)
}

async function readSanity(): Promise<CheckableDocument[]> {
  if (!process.env.SANITY_PROJECT_ID)
    throw new Error('--live needs SANITY_PROJECT_ID (and SANITY_DATASET, or SANITY_API_HOST for a local Content Lake)')
  const {runQuery} = await import('@/lib/content/source')
  const query = `*[_type in $types && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]`
  const docs = await runQuery<CheckableDocument[]>(query, {types: [...LINTED_TYPES]}, 'published')
  return docs.filter(isLinted)
}

const liveName = () =>
  `Sanity project ${process.env.SANITY_PROJECT_ID}, dataset ${process.env.SANITY_DATASET || 'production'} (published)`

function location(finding: Finding): string {
  return finding.end > finding.start ? `${finding.path} [${finding.start}-${finding.end}]` : finding.path
}

function printFinding(finding: Finding) {
  const label = finding.severity === 'error' ? 'ERROR  ' : 'warning'
  const context = finding.context === 'plain' ? '' : ` (${finding.context})`
  process.stdout.write(`  ${label} ${finding.ruleId}${context} at ${location(finding)}: "${finding.match}"\n`)
  process.stdout.write(`          ${finding.message}\n`)
  process.stdout.write(`          ${finding.regulation}\n`)
  if (finding.sentence && finding.end > finding.start)
    process.stdout.write(`          sentence: ${finding.sentence}\n`)
  if (finding.severity === 'warning') process.stdout.write(`          fingerprint: ${finding.fingerprint}\n`)
}

function printDocument(report: DocumentReport, suggest: boolean) {
  const issues = report.open.length + report.stale.length + report.ignoredForErrors.length
  if (issues === 0) return
  process.stdout.write(`\n${report.type} "${report.title}" (${report.id})\n`)
  for (const finding of report.open) printFinding(finding)
  for (const ack of report.ignoredForErrors) {
    process.stdout.write(
      `  note    acknowledgement ${ack.fingerprint} points at an error and is ignored: errors cannot be acknowledged\n`,
    )
  }
  for (const ack of report.stale) {
    process.stdout.write(
      `  note    acknowledgement ${ack.fingerprint} (${ack.ruleId ?? '?'} "${ack.match ?? ''}") no longer matches any warning; remove it\n`,
    )
  }
  if (report.acknowledged.length)
    process.stdout.write(`  (${report.acknowledged.length} acknowledged warning(s) hidden)\n`)
  const warnings = report.open.filter((f) => f.severity === 'warning')
  if (suggest && warnings.length) {
    process.stdout.write('  suggested complianceAcknowledgements entries (write a real reason first):\n')
    for (const finding of warnings) {
      const entry = {
        _key: finding.fingerprint.slice(0, 12),
        ...acknowledgementFor(finding, 'TODO: why this is truthful and acceptable'),
      }
      delete (entry as {acknowledgedAt?: string}).acknowledgedAt
      process.stdout.write(`    ${JSON.stringify(entry)}\n`)
    }
  }
}

interface SourceResult {
  code: number
  json: object
}

function printReadability(docs: CheckableDocument[], strict: boolean): {missed: number; lines: object[]} {
  const targets = readabilityTargetsFrom(docs.find((doc) => doc._type === 'clinicSettings'))
  const lines: object[] = []
  let missed = 0
  process.stdout.write(`\nReadability (targets: grade ${targets.maxGrade} or below, paragraphs of ${targets.maxParagraphWords} words or fewer; Chinese: ${targets.maxChineseSentenceCharacters} characters a sentence, ${targets.maxChineseUncommonPercent}% uncommon characters)\n`)
  for (const doc of docs) {
    const report = measureReadability(doc, targets)
    if (report.words === 0 && !report.chinese) continue
    if (!report.meetsTargets) missed++
    lines.push({id: doc._id, ...report, issues: report.issues.length})
    process.stdout.write(`  ${report.meetsTargets ? 'ok     ' : strict ? 'ERROR  ' : 'note   '} ${doc._id}: ${describeReadability(report)}\n`)
  }
  return {missed, lines}
}

async function lintSource(source: string, docs: CheckableDocument[], options: Options, started: number): Promise<SourceResult> {
  const read = performance.now()
  const summary = lintDocuments(docs)
  const checked = performance.now()
  const code = lintExitCode(summary)
  if (options.json) {
    const documents = summary.documents
      .filter((report) => report.open.length || report.stale.length || report.ignoredForErrors.length)
      .map(({acknowledged, ...report}) => ({...report, acknowledged: acknowledged.length}))
    const targets = readabilityTargetsFrom(docs.find((doc) => doc._type === 'clinicSettings'))
    const readability = docs.map((doc) => ({id: doc._id, ...measureReadability(doc, targets)}))
    const missed = readability.filter((r) => (r.words > 0 || r.chinese) && !r.meetsTargets).length
    return {
      code: code || (options.readabilityStrict && missed ? 1 : 0),
      json: {
        source,
        checked: summary.checked,
        errors: summary.errors,
        openWarnings: summary.openWarnings,
        acknowledgedWarnings: summary.acknowledgedWarnings,
        timingMs: {read: read - started, check: checked - read},
        documents,
        readability,
      },
    }
  }

  const counts = LINTED_TYPES.map((type) => `${docs.filter((d) => d._type === type).length} ${type}`).join(', ')
  process.stdout.write(`content:lint: ${source}\n${summary.checked} published documents (${counts})\n`)
  for (const report of summary.documents) printDocument(report, options.suggest)
  process.stdout.write(
    `\n${summary.errors} error(s), ${summary.openWarnings} unacknowledged warning(s), ${summary.acknowledgedWarnings} acknowledged warning(s) in ${summary.checked} documents.\n`,
  )
  process.stdout.write(`Timing: read ${(read - started).toFixed(1)} ms, checked in ${(checked - read).toFixed(1)} ms.\n`)
  if (code !== 0) {
    process.stdout.write(
      'Failed: fix the copy. A warning that is truthful in context (for example a denial) can be acknowledged with a reason in the document\'s "Acknowledged compliance warnings"; errors cannot.\n',
    )
  }
  const {missed} = printReadability(docs, options.readabilityStrict)
  if (missed) process.stdout.write(`${missed} document(s) miss the readability targets${options.readabilityStrict ? ': failed' : ' (reported, not failed)'}.\n`)
  return {code: code || (options.readabilityStrict && missed ? 1 : 0), json: {}}
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const sources: Array<{name: string; load: () => Promise<CheckableDocument[]>}> = []
  if (options.dataset) {
    const file = path.resolve(options.dataset)
    sources.push({name: file, load: () => readSnapshot(file)})
  } else if (options.both) {
    sources.push({name: snapshotFile(), load: () => readSnapshot(snapshotFile())})
    sources.push({name: liveName(), load: readSanity})
  } else if (options.live || process.env.SANITY_PROJECT_ID) {
    sources.push({name: liveName(), load: readSanity})
  } else {
    sources.push({name: snapshotFile(), load: () => readSnapshot(snapshotFile())})
  }
  let code = 0
  const results: object[] = []
  for (const source of sources) {
    const started = performance.now()
    const result = await lintSource(source.name, await source.load(), options, started)
    code = Math.max(code, result.code)
    results.push(result.json)
  }
  if (options.json) process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`)
  process.exitCode = code
}

main().catch((error: unknown) => {
  process.stderr.write(`content:lint failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
