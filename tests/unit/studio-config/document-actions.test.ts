import {execFileSync} from 'node:child_process'
import path from 'node:path'

type Case = {schemaType: string; versionType: string; extra?: string[]}
type Resolved = {names: string[][]; workspace: Record<string, unknown>}

const ROOT = path.resolve(__dirname, '../../..')

function resolveActions(cases: Case[]): Resolved {
  const out = execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(__dirname, 'support/document-actions.ts'), JSON.stringify(cases)],
    {cwd: ROOT, encoding: 'utf8', timeout: 120_000},
  )
  return JSON.parse(out) as Resolved
}

const CASES: Case[] = [
  {schemaType: 'post', versionType: 'published'},
  {schemaType: 'post', versionType: 'draft'},
  {schemaType: 'treatment', versionType: 'draft', extra: ['schedule', 'editInCanvas', 'unpublishVersion']},
  {schemaType: 'clinicSettings', versionType: 'draft'},
  {schemaType: 'clinicSettings', versionType: 'published'},
]

let resolved: Resolved
beforeAll(() => {
  resolved = resolveActions(CASES)
}, 150_000)

test("a published document's menu has Sanity's Unpublish, first, and Acknowledge warnings", () => {
  const names = resolved.names[0]!
  expect(names[0]).toBe('UnpublishAction')
  expect(names).toEqual(expect.arrayContaining(['PublishAction', 'DuplicateAction', 'DeleteAction', 'AcknowledgeWarningsAction']))
})

test('the draft view, where editors work, offers Unpublish too, before Discard changes and Delete', () => {
  const names = resolved.names[1]!
  const unpublish = names.indexOf('UnpublishFromDraftsAction')
  expect(unpublish).toBeGreaterThan(-1)
  expect(unpublish).toBeLessThan(names.indexOf('DiscardChangesAction'))
  expect(unpublish).toBeLessThan(names.indexOf('DeleteAction'))
  expect(names).toContain('AcknowledgeWarningsAction')
})

test('a post offers our Schedule right after Publish; a treatment, which cannot be scheduled, does not', () => {
  const names = resolved.names[1]!
  expect(names.indexOf('ScheduleAction')).toBe(names.indexOf('PublishAction') + 1)
  expect(resolved.names[2]).not.toContain('ScheduleAction')
})

test('actions that can only fail offline or on the free plan are never offered', () => {
  expect(resolved.names[2]).not.toEqual(expect.arrayContaining(['schedule']))
  for (const name of ['schedule', 'editInCanvas', 'unpublishVersion']) expect(resolved.names[2]).not.toContain(name)
  expect(resolved.names[2]).toContain('UnpublishFromDraftsAction')
})

test('clinic settings can be published, reverted and acknowledged, never unpublished or deleted', () => {
  for (const names of [resolved.names[3]!, resolved.names[4]!]) {
    expect(names).toEqual(['PublishAction', 'HistoryRestoreAction', 'DiscardChangesAction', 'AcknowledgeWarningsAction'])
  }
})

test('releases, scheduling, tasks, comments and Canvas are switched off in the workspace', () => {
  expect(resolved.workspace).toEqual({
    releases: {enabled: false},
    scheduledDrafts: {enabled: false},
    scheduledPublishing: {enabled: false},
    tasks: {enabled: false},
    apps: {canvas: {enabled: false}},
    comments: {enabled: false},
  })
})
