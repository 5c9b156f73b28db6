// Sanity mode for the e2e run: the local Content Lake (strict: an unknown request fails) on a copy
// of the snapshot, the production build made against it, and the production server (server.mjs) in Sanity mode, its
// publish webhook coming from the lake itself.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {lakeEnv, startLocalLake} from '../../../scripts/lib/local-lake-process.mjs'
import {freePort, makeSandbox, prepareApp, ROOT, serverEnv, startServer, VARIANTS} from './app-server.mjs'
import {BUILD_SECRET_ENV} from './secrets.mjs'

// Fixed, because the Studio bundle and the CSP carry the lake's address from the build; a build
// is reused only for the same address. Another port for a second run on the same machine.
const LAKE_PORT = Number(process.env.E2E_LAKE_PORT || 39399)

/**
 * Options for the content-scale benchmark; the e2e run passes none of them:
 * - snapshotDir: the lake serves (and rewrites) this folder instead of a copy of the bundled snapshot;
 * - lakePort: another port than E2E_LAKE_PORT, so a benchmark does not collide with an e2e run;
 * - prepare(lakeEnv): builds the app against the running lake and returns `{appDir, distDir, remove}`,
 *   instead of the harness's cached Sanity-mode build (made from the bundled snapshot, whatever the lake serves).
 */
export async function startSanityMode({log, artifactsDir, cleanups, snapshotDir, lakePort = LAKE_PORT, prepare}) {
  const sandbox = makeSandbox('clinic-e2e-sanity-', {copySnapshot: !snapshotDir})
  cleanups.push(async () => sandbox.remove())
  const servedDir = snapshotDir ?? sandbox.snapshotDir
  const sitePort = await freePort()
  const secret = BUILD_SECRET_ENV.SANITY_REVALIDATE_SECRET
  const lake = await startLocalLake({
    dir: servedDir,
    port: lakePort,
    strict: true,
    webhookUrl: `http://127.0.0.1:${sitePort}/api/revalidate`,
    webhookSecret: secret,
    logFile: path.join(artifactsDir, 'lake.log'),
  })
  cleanups.push(lake.stop)
  // The demo editor's token is the only one the lake knows: the build and the server read with it
  // (published pages, and drafts for preview).
  const pointAtLake = {...lakeEnv(lake), SANITY_API_READ_TOKEN: lake.token}

  const app = prepare
    ? await prepare(pointAtLake)
    : {...(await prepareApp({log, prefix: 'clinic-e2e-sanity-app-', variant: 'sanity', lakeEnv: pointAtLake})), distDir: VARIANTS.sanity.distDir}
  cleanups.push(async () => app.remove())

  const env = serverEnv({
    snapshotDir: servedDir,
    sqlitePath: sandbox.sqlitePath,
    extra: {
      ...pointAtLake,
      // The publish webhook writes the redirect a renamed page leaves with its own Editor token.
      SANITY_API_REDIRECT_TOKEN: lake.token,
      NEXT_DIST_DIR: app.distDir,
      ENQUIRY_MIN_FILL_SECONDS: '0',
      ENQUIRY_RATE_LIMIT: '1000',
    },
  })
  const server = await startServer({env, port: sitePort, appDir: app.appDir, logFile: path.join(artifactsDir, 'server.log')})
  cleanups.push(server.stop)

  return {
    lake,
    server,
    shared: {baseUrl: server.baseUrl, snapshotDir: servedDir, env, server, lake, artifactsDir},
    /**
     * tests/unit/content with the content source switched to the lake: every query, every document.
     * tests/unit/content/snapshot/ is left out: it compares the snapshot source's index with a full
     * scan over its own documents whatever the mode, and has run in `npm test` already.
     */
    runQuerySuite() {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--ci', '--runInBand', 'tests/unit/content', '--testPathIgnorePatterns', 'tests/unit/content/snapshot/'], {
        cwd: ROOT,
        env: {...process.env, ...pointAtLake, CONTENT_SNAPSHOT_DIR: servedDir},
        encoding: 'utf8',
        timeout: 300_000,
      })
      const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '')
      const summary = output.split('\n').filter((l) => /^Tests:|^Test Suites:/.test(l)).join('; ')
      // A skipped comparison would prove nothing here: it must have run.
      const skipped = /skipped/.test(summary)
      return {ok: r.status === 0 && !skipped, summary, output: skipped ? `tests were skipped in Sanity mode:\n${output.slice(-3000)}` : output.slice(-6000)}
    },
  }
}
