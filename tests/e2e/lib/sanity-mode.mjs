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

export async function startSanityMode({log, artifactsDir, cleanups}) {
  const sandbox = makeSandbox('clinic-e2e-sanity-')
  cleanups.push(async () => sandbox.remove())
  const sitePort = await freePort()
  const secret = BUILD_SECRET_ENV.SANITY_REVALIDATE_SECRET
  const lake = await startLocalLake({
    dir: sandbox.snapshotDir,
    port: LAKE_PORT,
    strict: true,
    webhookUrl: `http://127.0.0.1:${sitePort}/api/revalidate`,
    webhookSecret: secret,
    logFile: path.join(artifactsDir, 'lake.log'),
  })
  cleanups.push(lake.stop)
  // The demo editor's token is the only one the lake knows: the build and the server read with it
  // (published pages, and drafts for preview).
  const pointAtLake = {...lakeEnv(lake), SANITY_API_READ_TOKEN: lake.token}

  const app = await prepareApp({log, prefix: 'clinic-e2e-sanity-app-', variant: 'sanity', lakeEnv: pointAtLake})
  cleanups.push(async () => app.remove())

  const env = serverEnv({
    snapshotDir: sandbox.snapshotDir,
    sqlitePath: sandbox.sqlitePath,
    extra: {
      ...pointAtLake,
      // The publish webhook writes the redirect a renamed page leaves with its own Editor token.
      SANITY_API_REDIRECT_TOKEN: lake.token,
      NEXT_DIST_DIR: VARIANTS.sanity.distDir,
      ENQUIRY_MIN_FILL_SECONDS: '0',
      ENQUIRY_RATE_LIMIT: '1000',
    },
  })
  const server = await startServer({env, port: sitePort, appDir: app.appDir, logFile: path.join(artifactsDir, 'server.log')})
  cleanups.push(server.stop)

  return {
    lake,
    server,
    shared: {baseUrl: server.baseUrl, snapshotDir: sandbox.snapshotDir, env, server, lake, artifactsDir},
    /** tests/unit/content with the content source switched to the lake: every query, every document. */
    runQuerySuite() {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/jest/bin/jest.js'), '--ci', '--runInBand', 'tests/unit/content'], {
        cwd: ROOT,
        env: {...process.env, ...pointAtLake, CONTENT_SNAPSHOT_DIR: sandbox.snapshotDir},
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
