// The lake half of bench-content-scale.mjs: for one generated snapshot, the local Content Lake
// serving it, the site built against that lake (Sanity mode) and served by server.mjs, and
// publish-to-live through the lake's publish action and its signed webhook.
// The e2e harness's Sanity mode (tests/e2e/lib/sanity-mode.mjs) starts it all; only the build is
// this benchmark's own, because the harness's cached build was made from the 9-post snapshot.
import fs from 'node:fs'
import path from 'node:path'
import {freePort, ROOT} from '../../tests/e2e/lib/app-server.mjs'
import {startSanityMode} from '../../tests/e2e/lib/sanity-mode.mjs'
import {lakePublisher, publishToLive} from './publish-to-live.mjs'
import {build, groupRssKb, mb} from './scale-build.mjs'

/**
 * @param {{size: number, snapshotDir: string, workDir: string, prerender: number, runs: number, slug: string, keepBuild: boolean}} options
 */
export async function measureLake({size, snapshotDir, workDir, prerender, runs, slug, keepBuild}) {
  const distDir = `.next-scale-lake-${size}`
  const cleanups = []
  let built
  try {
    const mode = await startSanityMode({
      log: (line) => console.log(`  ${line}`),
      artifactsDir: workDir,
      cleanups,
      snapshotDir,
      // Not the e2e run's port: a benchmark may run beside one.
      lakePort: await freePort(),
      async prepare(lakeEnv) {
        console.log(`  next build in Sanity mode against the lake (${distDir}, PRERENDER_RECENT_POSTS=${prerender}) ...`)
        built = await build({snapshotDir, distDir, log: path.join(workDir, 'build-lake.log'), prerender, extraEnv: lakeEnv})
        console.log(`  built in ${(built.wallMs / 1000).toFixed(0)} s, peak ${built.peakRssMb} MB, ${built.prerendered} prerendered`)
        return {appDir: ROOT, distDir, remove: () => {}}
      },
    })
    const publisher = await lakePublisher({lake: mode.lake, id: `post.${slug}`})
    const log = (line) => console.log(`  lake ${line}`)
    const result = await publishToLive({baseUrl: mode.server.baseUrl, snapshotDir, publisher, slug, runs, resultFile: null, log})
    const {built: _set, ...buildFigures} = built
    const publish = {p50Ms: result.p50Ms, p95Ms: result.p95Ms, maxMs: result.maxMs, runs: result.runs, freshOnFirstRequest: result.freshOnFirstRequest, actionMs: result.samples.map((s) => s.actionMs)}
    return {build: buildFigures, publish, serverRssMb: mb(groupRssKb(mode.server.pid)), lakeRssMb: mb(groupRssKb(mode.lake.pid))}
  } finally {
    while (cleanups.length) await cleanups.pop()().catch((e) => console.error(`cleanup: ${e.message}`))
    // Also after a failed build.
    if (!keepBuild) fs.rmSync(path.join(ROOT, distDir), {recursive: true, force: true})
  }
}
