// Runs deploy/nginx/clinic-cache.conf as it is, unprivileged, on a loopback port in front of a
// running origin. Shared by tests/nginx/run.mjs and tooling/bench/bench.mjs.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {freePort, ROOT} from '../e2e/lib/app-server.mjs'

export const CONF_DIR = path.join(ROOT, 'deploy/nginx')
const VARIABLES = ['CLINIC_LISTEN', 'CLINIC_REFRESH_LISTEN', 'CLINIC_ORIGIN', 'CLINIC_CACHE_DIR', 'CLINIC_LOG_DIR']

/** envsubst restricted to the template's own variables (nginx's $variables stay as they are). */
export function renderTemplate(text, values) {
  const out = text.replace(/\$\{([A-Z_]+)\}/g, (whole, name) => {
    if (!VARIABLES.includes(name)) return whole
    if (values[name] === undefined) throw new Error(`no value for \${${name}}`)
    return String(values[name])
  })
  const left = /\$\{[A-Z_]+\}/.exec(out)
  if (left) throw new Error(`unknown template variable ${left[0]}`)
  return out
}

export function haveNginx() {
  return spawnSync('bash', ['-c', 'command -v nginx']).status === 0
}

/**
 * Renders both files into a fresh prefix directory and starts nginx in the foreground in its own
 * process group. Always call stop(). The origin learns the refresh listener before nginx starts
 * (SHARED_CACHE_REFRESH_URLS), so pick its port first with freePort() and pass it as refreshPort.
 * @param {{origin: string, refreshPort?: number}} options origin as host:port
 */
export async function startCacheProxy({origin, refreshPort}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-nginx-'))
  for (const sub of ['tmp', 'cache', 'logs']) fs.mkdirSync(path.join(dir, sub))
  const port = await freePort()
  const refresh = refreshPort ?? (await freePort())
  const values = {
    CLINIC_LISTEN: `127.0.0.1:${port}`,
    CLINIC_REFRESH_LISTEN: `127.0.0.1:${refresh}`,
    CLINIC_ORIGIN: origin,
    CLINIC_CACHE_DIR: path.join(dir, 'cache'),
    CLINIC_LOG_DIR: path.join(dir, 'logs'),
  }
  // As root, nginx would hand its workers to "nobody", who cannot write the private temp dir.
  const asRoot = process.getuid?.() === 0 ? 'user root;\n' : ''
  fs.writeFileSync(path.join(dir, 'nginx.conf'), asRoot + renderTemplate(fs.readFileSync(path.join(CONF_DIR, 'nginx.conf'), 'utf8'), values))
  fs.writeFileSync(path.join(dir, 'clinic-cache.conf'), renderTemplate(fs.readFileSync(path.join(CONF_DIR, 'clinic-cache.conf'), 'utf8'), values))

  const test = spawnSync('nginx', ['-t', '-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], {encoding: 'utf8'})
  if (test.status !== 0) {
    fs.rmSync(dir, {recursive: true, force: true})
    throw new Error(`nginx -t rejected deploy/nginx:\n${test.stderr}`)
  }
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'], {detached: true, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* gone */
    }
  }
  process.once('exit', kill)
  const stop = () => {
    process.off('exit', kill)
    kill()
    fs.rmSync(dir, {recursive: true, force: true})
  }
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/robots.txt`, {signal: AbortSignal.timeout(5000)})
      break
    } catch {
      if (i > 50) {
        stop()
        throw new Error(`nginx did not answer on ${url}: ${stderr}`)
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const originLog = path.join(dir, 'logs/clinic-origin.log')
  return {
    url,
    refreshUrl: `http://127.0.0.1:${refresh}`,
    dir,
    stop,
    stderr: () => stderr,
    /**
     * Requests that reached the origin so far, as {at, method, uri, status, cache, refresh} (refresh:
     * it came in on the refresh listener). A reader served STALE, UPDATING or HIT may be logged too
     * (nginx sets $upstream_addr for it); it did not reach the origin, so it is left out.
     */
    originRequests() {
      if (!fs.existsSync(originLog)) return []
      return fs
        .readFileSync(originLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [at, method, uri, status, cache, refresh] = line.split(' ')
          return {at: Number(at) * 1000, method, uri, status: Number(status), cache: cache.replace('upstream=', ''), refresh: refresh === 'refresh=1'}
        })
        .filter((r) => !['STALE', 'UPDATING', 'HIT'].includes(r.cache))
    },
  }
}
