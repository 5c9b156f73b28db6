// Starts the local Content Lake (tooling/local-content-lake/cli.ts) as a child process in its own process
// group and waits for its ready line. Shared by `npm run edit`, the Sanity-mode e2e run and the
// publish benchmark, so all three start it the same way.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')
// LOCAL_LAKE_CLI: another checkout's lake (its tooling/local-content-lake/cli.ts), to compare two
// versions of the lake in a benchmark; it runs from that checkout's root.
const LAKE_CLI = process.env.LOCAL_LAKE_CLI ? path.resolve(process.env.LOCAL_LAKE_CLI) : path.join(ROOT, 'tooling/local-content-lake/cli.ts')
const LAKE_ROOT = path.resolve(path.dirname(LAKE_CLI), '../..')

/**
 * @param {{dir: string, port?: number, webhookUrl?: string, webhookSecret?: string, strict?: boolean,
 *   logFile?: string, onLine?: (line: string) => void, env?: NodeJS.ProcessEnv, timeoutMs?: number}} options
 * @returns {Promise<{url: string, httpUrl: string, ca: string, token: string, projectId: string, dataset: string,
 *   pid: number, stop: () => Promise<void>, unknownRequests: () => Promise<unknown[]>}>}
 */
export async function startLocalLake({dir, port = 3999, webhookUrl, webhookSecret, strict = false, logFile, onLine, env = process.env, timeoutMs = 30_000}) {
  if (!fs.existsSync(LAKE_CLI)) throw new Error(`${path.relative(ROOT, LAKE_CLI)} is missing: the local Content Lake has not landed`)
  const args = [TSX_CLI, LAKE_CLI, '--dir', dir, '--port', String(port), '--http-port', '0']
  if (webhookUrl) args.push('--webhook-url', webhookUrl, '--webhook-secret', webhookSecret ?? '')
  if (strict) args.push('--strict')
  const child = spawn(process.execPath, args, {cwd: LAKE_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe']})
  const log = logFile ? fs.createWriteStream(logFile, {flags: 'a'}) : undefined
  const pgid = child.pid
  const killGroup = (signal) => {
    try {
      process.kill(-pgid, signal)
    } catch {
      /* already gone */
    }
  }
  const onExit = () => killGroup('SIGKILL')
  process.on('exit', onExit)

  let exited
  const ready = new Promise((resolve, reject) => {
    let buffered = ''
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`the local Content Lake printed no ready line within ${timeoutMs / 1000} s\n${stderr}`)), timeoutMs)
    child.stdout.on('data', (chunk) => {
      log?.write(chunk)
      buffered += chunk
      let newline
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).trim()
        buffered = buffered.slice(newline + 1)
        if (!line) continue
        onLine?.(line)
        try {
          const event = JSON.parse(line)
          if (event.event === 'lake.ready') {
            clearTimeout(timer)
            resolve(event)
          }
        } catch {
          /* not JSON: a plain log line */
        }
      }
    })
    child.stderr.on('data', (chunk) => {
      log?.write(chunk)
      stderr += chunk
      onLine?.(String(chunk).trimEnd())
    })
    child.once('exit', (code, signal) => {
      exited = {code, signal}
      clearTimeout(timer)
      reject(new Error(`the local Content Lake exited (${code ?? signal}) before it was ready\n${stderr}`))
    })
  })

  const stop = async () => {
    process.off('exit', onExit)
    if (exited) return
    killGroup('SIGTERM')
    const deadline = Date.now() + 5000
    while (Date.now() < deadline && !exited) await new Promise((r) => setTimeout(r, 100))
    if (!exited) killGroup('SIGKILL')
    log?.end()
  }

  let info
  try {
    info = await ready
  } catch (e) {
    await stop()
    throw e
  }
  return {
    ...info,
    pid: pgid,
    stop,
    unknownRequests: async () => {
      const res = await fetch(new URL('/__lake/unknown', info.httpUrl), {signal: AbortSignal.timeout(5000)})
      if (!res.ok) throw new Error(`GET /__lake/unknown answered ${res.status}`)
      const body = await res.json()
      return Array.isArray(body) ? body : (body.requests ?? body.unknown ?? [])
    },
  }
}

/**
 * The environment that points the site and the content scripts at a running local Content Lake:
 * SANITY_API_HOST is the one setting; Node trusts the lake's self-signed certificate through
 * NODE_EXTRA_CA_CERTS (read when a Node process starts, so it is set for every child).
 */
export function lakeEnv(lake) {
  return {
    SANITY_PROJECT_ID: lake.projectId,
    SANITY_DATASET: lake.dataset,
    SANITY_API_HOST: lake.url,
    NODE_EXTRA_CA_CERTS: lake.ca,
  }
}
