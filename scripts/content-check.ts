// Validates the bundled content snapshot: `npm run content:check [-- --dir path/to/dataset]`.
import fs from 'node:fs'
import path from 'node:path'
import {checkSnapshot} from '../lib/content/snapshot-check'
import {parseNdjson, snapshotDir, snapshotFile} from '../lib/content/snapshot-source'

function main() {
  const dirFlag = process.argv.indexOf('--dir')
  const dir = dirFlag > -1 ? path.resolve(process.argv[dirFlag + 1]) : snapshotDir()
  const file = snapshotFile(dir)
  let documents
  try {
    documents = parseNdjson(fs.readFileSync(file, 'utf8'), file)
  } catch (error) {
    console.error(`content:check: cannot read ${file}: ${(error as Error).message}`)
    return 2
  }
  const problems = checkSnapshot(documents, path.join(dir, 'images'))
  for (const problem of problems) console.error(`${problem.documentId} ${problem.path}: ${problem.message}`)
  const counts = documents.reduce<Record<string, number>>((acc, doc) => ({...acc, [doc._type]: (acc[doc._type] ?? 0) + 1}), {})
  console.log(`content:check: ${documents.length} documents (${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}), ${problems.length} problem(s)`)
  return problems.length === 0 ? 0 : 1
}

process.exitCode = main()
