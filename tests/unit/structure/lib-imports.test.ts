import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {importCycles, libFolderGraph} from '@/tests/support/import-graph'

const ROOT = path.resolve(__dirname, '../../..')

it('no lib folder imports another that imports it back', () => {
  expect(importCycles(libFolderGraph(ROOT))).toEqual([])
})

it('the platform imports no feature', () => {
  const used = [...(libFolderGraph(ROOT).get('platform') ?? [])]
  expect(
    used.filter((unit) => !['routes', 'article', 'singapore-time.ts', 'whatsapp.ts'].includes(unit)),
  ).toEqual([])
})

it('finds a cycle through an entry point and a dynamic import', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-graph-'))
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    fs.writeFileSync(path.join(root, file), text)
  }
  write('lib/a/index.ts', "export {b} from '@/lib/b'\n")
  write('lib/b/index.ts', "export const b = () => import('../c/thing')\n")
  write('lib/c/thing.ts', "import {a} from '@/lib/a'\nexport const c = a\n")
  write('lib/d/index.ts', "import {a} from '@/lib/a'\nexport const d = a\n")
  try {
    expect(importCycles(libFolderGraph(root))).toEqual([['a', 'b', 'c']])
  } finally {
    fs.rmSync(root, {recursive: true, force: true})
  }
})
