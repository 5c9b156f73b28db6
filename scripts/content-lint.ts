// npm run content:lint [-- --dataset <file.ndjson>] [--suggest-acknowledgements] [--json]
//
// Checks published posts, treatments, clinic settings and people against the health-advertising
// rules (lib/compliance) and exits 1 on any error or unacknowledged warning. Reads the bundled
// snapshot (sanity/dataset/data.ndjson, or CONTENT_SNAPSHOT_DIR), a file given with --dataset,
// or the Sanity dataset when SANITY_PROJECT_ID is set and no --dataset is given.
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
import {parseNdjson, snapshotFile} from '@/lib/content/snapshot-source'

interface Options {
  dataset?: string
  suggest: boolean
  json: boolean
}

function parseArgs(argv: string[]): Options {
  const options: Options = {suggest: false, json: false}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dataset') {
      const value = argv[++i]
      if (!value) throw new Error('--dataset needs a file path')
      options.dataset = value
    } else if (arg?.startsWith('--dataset=')) {
      options.dataset = arg.slice('--dataset='.length)
    } else if (arg === '--json') {
      options.json = true
    } else if (arg === '--suggest-acknowledgements') {
      options.suggest = true
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'Usage: npm run content:lint [-- --dataset <file.ndjson>] [--suggest-acknowledgements] [--json]\n',
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
  const {querySanity} = await import('@/lib/content/sanity-source')
  const query = `*[_type in $types && !(_id in path("drafts.**")) && !(_id in path("versions.**"))]`
  const docs = await querySanity<CheckableDocument[]>(query, {types: [...LINTED_TYPES]}, 'published')
  return docs.filter(isLinted)
}

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

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const started = performance.now()
  let source: string
  let docs: CheckableDocument[]
  if (options.dataset) {
    source = path.resolve(options.dataset)
    docs = await readSnapshot(source)
  } else if (process.env.SANITY_PROJECT_ID) {
    source = `Sanity project ${process.env.SANITY_PROJECT_ID}, dataset ${process.env.SANITY_DATASET || 'production'} (published)`
    docs = await readSanity()
  } else {
    source = snapshotFile()
    docs = await readSnapshot(source)
  }
  const read = performance.now()
  const summary = lintDocuments(docs)
  const checked = performance.now()

  const code = lintExitCode(summary)
  if (options.json) {
    const documents = summary.documents
      .filter((report) => report.open.length || report.stale.length || report.ignoredForErrors.length)
      .map(({acknowledged, ...report}) => ({...report, acknowledged: acknowledged.length}))
    const result = {
      source,
      checked: summary.checked,
      errors: summary.errors,
      openWarnings: summary.openWarnings,
      acknowledgedWarnings: summary.acknowledgedWarnings,
      timingMs: {read: read - started, check: checked - read},
      documents,
    }
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
    process.exitCode = code
    return
  }

  const counts = LINTED_TYPES.map((type) => `${docs.filter((d) => d._type === type).length} ${type}`).join(
    ', ',
  )
  process.stdout.write(`content:lint: ${source}\n${summary.checked} published documents (${counts})\n`)
  for (const report of summary.documents) printDocument(report, options.suggest)
  process.stdout.write(
    `\n${summary.errors} error(s), ${summary.openWarnings} unacknowledged warning(s), ${summary.acknowledgedWarnings} acknowledged warning(s) in ${summary.checked} documents.\n`,
  )
  process.stdout.write(
    `Timing: read ${(read - started).toFixed(1)} ms, checked in ${(checked - read).toFixed(1)} ms.\n`,
  )
  if (code !== 0) {
    process.stdout.write(
      'Failed: fix the copy. A warning that is truthful in context (for example a denial) can be acknowledged with a reason in the document\'s "Acknowledged compliance warnings"; errors cannot.\n',
    )
  }
  process.exitCode = code
}

main().catch((error: unknown) => {
  process.stderr.write(`content:lint failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
})
