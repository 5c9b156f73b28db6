// content:import into an empty local Content Lake dataset, twice (the second run changes nothing),
// then content:export gives back the snapshot byte for byte, images included. Runs the real
// scripts against a lake of its own (strict: an unknown request fails the test).
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {lakeEnv, startLocalLake} from '../../../scripts/lib/local-lake-process.mjs'
import {freePort, ROOT} from '../lib/app-server.mjs'
import {assert} from '../lib/kit.mjs'

const SNAPSHOT = path.join(ROOT, 'sanity/dataset')

function runScript(script, env) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts', script)], {cwd: ROOT, env, encoding: 'utf8', timeout: 120_000})
  const output = `${r.stdout}${r.stderr}`.trim()
  assert.equal(r.status, 0, `${script} failed:\n${output}`)
  return output
}

const filesOf = (dir) => fs.readdirSync(dir).sort()

export async function importTwiceIntoAnEmptyDatasetThenExportGivesBackTheSnapshot({artifactsDir}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-content-sync-'))
  const emptyDataset = path.join(work, 'empty')
  fs.mkdirSync(path.join(emptyDataset, 'images'), {recursive: true})
  fs.writeFileSync(path.join(emptyDataset, 'data.ndjson'), '')
  const lake = await startLocalLake({dir: emptyDataset, port: await freePort(), strict: true, logFile: path.join(artifactsDir, 'content-sync-lake.log')})
  try {
    const env = {...process.env, ...lakeEnv(lake), SANITY_API_WRITE_TOKEN: lake.token, CONTENT_SNAPSHOT_DIR: SNAPSHOT}
    const lines = fs.readFileSync(path.join(SNAPSHOT, 'data.ndjson'), 'utf8').trim().split('\n')
    const assets = lines.filter((l) => l.includes('"_type":"sanity.imageAsset"')).length

    const first = runScript('content-import.ts', env)
    assert.match(first, new RegExp(`${assets} asset\\(s\\) uploaded, ${lines.length - assets} document\\(s\\) written, 0 unchanged`), first)
    const second = runScript('content-import.ts', env)
    assert.match(second, new RegExp(`0 asset\\(s\\) uploaded, 0 document\\(s\\) written, ${lines.length} unchanged`), second)

    // Export into a copy of the snapshot without its images, so every file is downloaded again.
    const target = path.join(work, 'exported')
    fs.cpSync(SNAPSHOT, target, {recursive: true})
    fs.rmSync(path.join(target, 'images'), {recursive: true})
    const exported = runScript('content-export.ts', {...env, CONTENT_SNAPSHOT_DIR: target})
    assert.match(exported, new RegExp(`${assets} image\\(s\\) downloaded`), exported)
    assert.ok(fs.readFileSync(path.join(target, 'data.ndjson')).equals(fs.readFileSync(path.join(SNAPSHOT, 'data.ndjson'))), 'the exported data.ndjson differs from sanity/dataset/data.ndjson')
    assert.deepEqual(filesOf(path.join(target, 'images')), filesOf(path.join(SNAPSHOT, 'images')), 'the exported images are not the snapshot images')
    for (const name of filesOf(path.join(SNAPSHOT, 'images'))) {
      assert.ok(fs.readFileSync(path.join(target, 'images', name)).equals(fs.readFileSync(path.join(SNAPSHOT, 'images', name))), `exported image ${name} differs`)
    }
    const unknown = await lake.unknownRequests()
    assert.deepEqual(unknown, [], `the scripts made requests the lake does not know:\n${JSON.stringify(unknown, null, 2)}`)
  } finally {
    await lake.stop()
    fs.rmSync(work, {recursive: true, force: true})
  }
}
