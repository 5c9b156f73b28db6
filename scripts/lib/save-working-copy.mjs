// What `npm run edit:save` does once a local Content Lake serves the working copy: export it into
// a snapshot folder (scripts/content-export.ts), then drop the images no document uses.
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {lakeEnv, ROOT} from './local-lake-process.mjs'
import {dropUnreferencedImages} from './unreferenced-images.mjs'

const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')

/**
 * @param {{lake: {url: string, ca: string, token: string, projectId: string, dataset: string}, snapshotDir: string,
 *   stdio?: 'inherit' | 'pipe'}} options
 * @returns {{dropped: string[], output: string}}
 */
export function saveWorkingCopy({lake, snapshotDir, stdio = 'inherit'}) {
  const env = {
    ...process.env,
    ...lakeEnv(lake),
    SANITY_API_WRITE_TOKEN: lake.token,
    CONTENT_SNAPSHOT_DIR: snapshotDir,
  }
  const r = spawnSync(process.execPath, [TSX_CLI, path.join(ROOT, 'scripts/content-export.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', stdio, stdio],
    encoding: 'utf8',
  })
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`
  if (r.status !== 0)
    throw new Error(`content:export failed (exit ${r.status ?? r.signal})${output ? `\n${output}` : ''}`)
  return {...dropUnreferencedImages(snapshotDir), output}
}
