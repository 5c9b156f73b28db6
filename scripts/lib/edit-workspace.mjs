// The working copy `npm run edit` serves and `npm run edit:save` writes back, and the note the
// running edit command leaves so that the save command can find its local Content Lake.
import fs from 'node:fs'
import path from 'node:path'
import {ROOT} from './local-lake-process.mjs'

export const WORKSPACE = path.join(ROOT, '.local-content-lake')
export const WORKING_COPY = path.join(WORKSPACE, 'dataset')
export const SNAPSHOT = path.join(ROOT, 'sanity/dataset')
const RUNNING_NOTE = path.join(WORKSPACE, 'running.json')

/** Copies the bundled snapshot to the working copy unless one exists (reset: start over). */
export function prepareWorkingCopy({reset = false} = {}) {
  if (reset) fs.rmSync(WORKING_COPY, {recursive: true, force: true})
  if (fs.existsSync(path.join(WORKING_COPY, 'data.ndjson'))) return {created: false}
  fs.mkdirSync(WORKSPACE, {recursive: true})
  fs.cpSync(SNAPSHOT, WORKING_COPY, {recursive: true})
  return {created: true}
}

export function writeRunningNote(lake) {
  const {url, httpUrl, ca, token, projectId, dataset} = lake
  fs.writeFileSync(RUNNING_NOTE, JSON.stringify({pid: process.pid, url, httpUrl, ca, token, projectId, dataset}))
}

export function removeRunningNote() {
  fs.rmSync(RUNNING_NOTE, {force: true})
}

/** The lake of a running `npm run edit`, or undefined when none runs. */
export function runningLake() {
  let note
  try {
    note = JSON.parse(fs.readFileSync(RUNNING_NOTE, 'utf8'))
  } catch {
    return undefined
  }
  try {
    process.kill(note.pid, 0)
    return note
  } catch {
    return undefined
  }
}
