import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import {readDataset, serializeDataset} from '@/tooling/local-content-lake/dataset-file'
import {API, startTestLake, workingCopy} from './lake-fixture'

// A commit is answered from memory and data.ndjson follows it (dataset-writer.ts). What must hold:
// the answer does not wait for the file, commits in a row are written together, and however the
// lake stops, the file then holds every commit, in content:export order.

const mutate = (title: string) => ({mutations: [{patch: {id: 'post.pore-strips-steam-and-ice', set: {title}}}, {createOrReplace: {_id: `probe-${title}`, _type: 'probe', title}}]})

function expectEveryCommit(dir: string, titles: string[]) {
  const docs = readDataset(dir)
  expect(docs.find((d) => d._id === 'post.pore-strips-steam-and-ice')?.title).toBe(titles.at(-1))
  expect(docs.filter((d) => d._type === 'probe').map((d) => d.title).sort()).toEqual([...titles].sort())
  // In export order, byte for byte what content:export would write for these documents.
  expect(fs.readFileSync(path.join(dir, 'data.ndjson'), 'utf8')).toBe(serializeDataset(docs))
}

it('answers commits before writing them, writes a run of commits once, and writes them all on close', async () => {
  const dir = workingCopy()
  const original = fs.readFileSync(path.join(dir, 'data.ndjson'))
  const lake = await startTestLake({dir, writeDelayMs: 60_000})
  const titles = Array.from({length: 10}, (_, i) => `Commit ${i}`)
  for (const title of titles) expect((await lake.api(`${API}/data/mutate/production`, {body: mutate(title)})).status).toBe(200)
  // Every commit is served at once, none is in the file yet.
  const {body} = await lake.api<{documents: {title: string}[]}>(`${API}/data/doc/production/post.pore-strips-steam-and-ice`)
  expect(body.documents[0].title).toBe('Commit 9')
  expect(lake.store.fileWrites).toBe(0)
  expect(fs.readFileSync(path.join(dir, 'data.ndjson')).equals(original)).toBe(true)

  await lake.close()
  expect(lake.store.fileWrites).toBe(1)
  expectEveryCommit(dir, titles)
})

it('holds every commit of a burst once flushed, also those committed while a write was under way', async () => {
  const dir = workingCopy()
  const lake = await startTestLake({dir, writeDelayMs: 0})
  const titles = Array.from({length: 8}, (_, i) => `Burst ${i}`)
  // Sent together; the lake commits them one after another. Only the last one sets the post's title.
  const sent = titles.map((title, i) => lake.api(`${API}/data/mutate/production`, {body: i === titles.length - 1 ? mutate(title) : {mutations: [mutate(title).mutations[1]]}}))
  expect((await Promise.all(sent)).map((r) => r.status)).toEqual(titles.map(() => 200))
  await lake.store.flush()
  expectEveryCommit(dir, titles)
  await lake.close()
})

/** The lake command on `dir`, its ready line read; `exit` waits for the process to end. */
async function lakeCommand(dir: string, extra: string[] = []) {
  const child = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['tooling/local-content-lake/cli.ts', '--dir', dir, '--port', '0', ...extra], {cwd: process.cwd()})
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const ready = await new Promise<{httpUrl: string; token: string}>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)))
    readline.createInterface({input: child.stdout}).on('line', (line) => {
      const parsed = JSON.parse(line)
      if (parsed.event === 'lake.ready') resolve(parsed)
    })
  })
  const commit = async (title: string) => {
    const response = await fetch(`${ready.httpUrl}${API}/data/mutate/production`, {
      method: 'POST',
      headers: {authorization: `Bearer ${ready.token}`, 'content-type': 'application/json'},
      body: JSON.stringify(mutate(title)),
    })
    expect(response.status).toBe(200)
  }
  return {child, commit, exited}
}

it('writes the commits not yet in the file when the lake command gets SIGTERM', async () => {
  const dir = workingCopy()
  const lake = await lakeCommand(dir, ['--write-delay-ms', '60000'])
  await lake.commit('Before SIGTERM')
  lake.child.kill('SIGTERM')
  expect(await lake.exited).toBe(0)
  expectEveryCommit(dir, ['Before SIGTERM'])
}, 30_000)

it('writes the commits not yet in the file when the process exits without closing the lake', async () => {
  const dir = workingCopy()
  // A process that starts a lake, commits, and calls process.exit(): only the exit hook can write it.
  const script = `
    const {startLocalContentLake} = await import(${JSON.stringify(path.join(process.cwd(), 'tooling/local-content-lake/server.ts'))})
    const lake = await startLocalContentLake({dir: process.argv[1], port: 0, writeDelayMs: 60_000, log: () => {}})
    const res = await fetch(lake.httpUrl + '/v2025-02-19/data/mutate/production', {method: 'POST', headers: {authorization: 'Bearer ' + lake.token, 'content-type': 'application/json'}, body: process.argv[2]})
    if (res.status !== 200) process.exit(3)
    process.exit(0)
  `
  const child = spawn(path.join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['--input-type=module', '-e', script, dir, JSON.stringify(mutate('At exit'))], {cwd: process.cwd(), stdio: 'inherit'})
  expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0)
  expectEveryCommit(dir, ['At exit'])
}, 30_000)

it('reports a write that fails, gives the error to the next flush, and writes every commit once it can', async () => {
  const dir = workingCopy()
  const lake = await startTestLake({dir, writeDelayMs: 0})
  const original = fs.readFileSync(path.join(dir, 'data.ndjson'))
  // The working copy's folder disappears (a clean-up run too early): the write cannot happen.
  fs.rmSync(dir, {recursive: true})
  await lake.api(`${API}/data/mutate/production`, {body: mutate('While away')})
  await expect(lake.store.flush()).rejects.toThrow(/ENOENT/)
  expect(lake.logs).toContainEqual(expect.objectContaining({event: 'lake.error', where: 'writing data.ndjson'}))
  // Back again: the next flush writes what the failed write missed, and reports nothing old.
  fs.mkdirSync(dir)
  fs.writeFileSync(path.join(dir, 'data.ndjson'), original)
  await lake.store.flush()
  expectEveryCommit(dir, ['While away'])
  await lake.close()
})
