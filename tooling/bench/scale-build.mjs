// `next build` of one snapshot size for bench-content-scale.mjs, timed and with its peak memory,
// for either content source: the snapshot (CONTENT_SNAPSHOT_DIR) or a local Content Lake serving it
// (Sanity mode: pass the lake's environment as `extraEnv`, the lake running while it builds).
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {BUILD_LOCK, buildEnv, NEXT_BIN, ROOT} from '../../tests/e2e/lib/app-server.mjs'

const ms = (t0) => Math.round(performance.now() - t0)
export const mb = (kb) => Math.round(kb / 1024)

// --- memory of a process tree, from /proc ---------------------------------------------------------
function processTable() {
  const table = []
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${name}/status`, 'utf8'))
      table.push({pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]), rssKb: rss ? Number(rss[1]) : 0})
    } catch {
      /* the process ended meanwhile */
    }
  }
  return table
}

/** Resident memory of a process and its descendants: all together, and the largest one. */
function treeRssKb(rootPid) {
  const table = processTable()
  const inTree = new Set([rootPid])
  for (let grew = true; grew; ) {
    grew = false
    for (const p of table) if (!inTree.has(p.pid) && inTree.has(p.ppid)) grew = inTree.add(p.pid)
  }
  const tree = table.filter((p) => inTree.has(p.pid))
  return {sum: tree.reduce((sum, p) => sum + p.rssKb, 0), largest: Math.max(0, ...tree.map((p) => p.rssKb))}
}

export const groupRssKb = (pgid) => processTable().filter((p) => p.pgid === pgid).reduce((sum, p) => sum + p.rssKb, 0)

/**
 * `next build` into distDir, under the build lock. A build with another NEXT_DIST_DIR rewrites
 * tsconfig.json's include list (STACK-NOTES), so tsconfig.json and next-env.d.ts are put back after.
 */
export async function build({snapshotDir, distDir, log, prerender, extraEnv = {}}) {
  const env = {...buildEnv(), CONTENT_SNAPSHOT_DIR: snapshotDir, NEXT_DIST_DIR: distDir, PRERENDER_RECENT_POSTS: String(prerender), ...extraEnv}
  const kept = ['tsconfig.json', 'next-env.d.ts'].map((f) => path.join(ROOT, f)).filter((f) => fs.existsSync(f)).map((f) => [f, fs.readFileSync(f), fs.statSync(f)])
  const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(NEXT_BIN)} build > ${JSON.stringify(log)} 2>&1`
  if (spawnSync('flock', ['-n', BUILD_LOCK, 'true']).status !== 0) console.log(`  waiting for ${BUILD_LOCK} (another build is running)`)
  // The lock is taken first; the clock starts when the build itself does.
  const child = spawn('flock', [BUILD_LOCK, 'sh', '-c', `echo started > ${JSON.stringify(`${log}.started`)}; ${script}`], {cwd: ROOT, env, stdio: 'ignore'})
  let started
  let peakKb = 0
  let largestKb = 0
  const timer = setInterval(() => {
    if (!started && fs.existsSync(`${log}.started`)) started = performance.now()
    if (!started) return
    const rss = treeRssKb(child.pid)
    peakKb = Math.max(peakKb, rss.sum)
    largestKb = Math.max(largestKb, rss.largest)
  }, 250)
  const code = await new Promise((resolve) => child.on('close', resolve))
  clearInterval(timer)
  // With their old times too: the e2e harness rebuilds when a source file is newer than its build.
  for (const [file, content, stat] of kept) {
    if (!fs.readFileSync(file).equals(content)) fs.writeFileSync(file, content)
    fs.utimesSync(file, stat.atime, stat.mtime)
  }
  const wallMs = started ? ms(started) : NaN
  const output = fs.readFileSync(log, 'utf8')
  if (code !== 0) throw new Error(`next build failed (exit ${code}); the end of its output:\n${output.split('\n').slice(-40).join('\n')}`)
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, distDir, 'prerender-manifest.json'), 'utf8'))
  // English pages as their public address: the build names them under the [locale] segment (/en/...).
  const built = Object.keys(manifest.routes).map((route) => route.replace(/^\/en(?=\/|$)/, '') || '/')
  return {
    wallMs,
    // Every process of the build at once (next-build, its type check and workers), and the largest.
    peakRssMb: mb(peakKb),
    largestProcessRssMb: mb(largestKb),
    prerendered: built.length,
    prerenderedPosts: built.filter((r) => /^\/blog\/(?!page\/|category\/)[^/]+$/.test(r)).length,
    ogCardsBuilt: built.filter((r) => r.endsWith('/opengraph-image')).length,
    dynamicRoutes: Object.keys(manifest.dynamicRoutes ?? {}).length,
    built: new Set(built),
  }
}
