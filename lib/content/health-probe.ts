import 'server-only'
import fs from 'node:fs/promises'
import {contentSourceName, runQuery} from './source'
import {snapshotFile} from './snapshot-source'

/** How the health check sees the content source: one cheap query, or the snapshot file readable. */
export function contentHealthProbe(): {kind: string; probe: () => Promise<unknown>} {
  if (contentSourceName() === 'sanity')
    return {kind: 'sanity', probe: () => runQuery('count(*[_type == "clinicSettings"])')}
  return {
    kind: 'snapshot',
    probe: () => fs.access(/*turbopackIgnore: true*/ snapshotFile(), fs.constants.R_OK),
  }
}
