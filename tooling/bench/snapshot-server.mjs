// What the snapshot-mode benchmarks share: the options that name a server to measure, and running
// against either that server or one of their own (the e2e harness's production build, a private
// staged copy of it and a throwaway snapshot copy, stopped and removed after).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {defaultSnapshotDir} from '../../scripts/lib/snapshot-publish.mjs'

export const SERVER_OPTIONS = {
  url: {type: 'string'},
  'snapshot-dir': {type: 'string'},
  secret: {type: 'string'},
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** Calls `run({baseUrl, snapshotDir, secret})` against --url, or against a server of its own. */
export async function againstSnapshotServer(values, run) {
  if (values.url) {
    const secret = values.secret ?? process.env.SANITY_REVALIDATE_SECRET
    if (!secret) throw new Error('set SANITY_REVALIDATE_SECRET to the value the server uses (or pass --secret)')
    return run({baseUrl: values.url, snapshotDir: path.resolve(values['snapshot-dir'] ?? defaultSnapshotDir()), secret})
  }
  const {makeSandbox, prepareApp, serverEnv, startServer} = await import('../../tests/e2e/lib/app-server.mjs')
  const app = await prepareApp({log: console.log, prefix: 'clinic-bench-app-'})
  const sandbox = makeSandbox('clinic-bench-')
  try {
    const env = serverEnv({snapshotDir: sandbox.snapshotDir, sqlitePath: sandbox.sqlitePath})
    const server = await startServer({env, appDir: app.appDir, logFile: path.join(sandbox.dir, 'server.log')})
    console.log(`server: server.mjs on ${server.baseUrl}`)
    try {
      return await run({baseUrl: server.baseUrl, snapshotDir: sandbox.snapshotDir, secret: env.SANITY_REVALIDATE_SECRET})
    } finally {
      await server.stop()
    }
  } finally {
    sandbox.remove()
    app.remove()
  }
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

/** The machine's state with a result (the machine is shared, so its load says how far to trust a figure). */
export function withMachine(result, loadBefore) {
  return {
    ...result,
    loadAverage: {before: loadBefore.map((l) => +l.toFixed(2)), after: os.loadavg().map((l) => +l.toFixed(2))},
    cpus: os.cpus().length,
    at: new Date().toISOString(),
    node: process.version,
  }
}

/** Writes bench-results/<file> and says so, with the load it was taken under. */
export function saveResult(file, result) {
  fs.mkdirSync(path.join(ROOT, 'bench-results'), {recursive: true})
  fs.writeFileSync(path.join(ROOT, 'bench-results', file), `${JSON.stringify(result, null, 2)}\n`)
  console.log(`load average (1/5/15 min) before ${result.loadAverage.before.join(' ')}, after ${result.loadAverage.after.join(' ')} on ${result.cpus} CPUs`)
  console.log(`written to bench-results/${file}`)
}
