import 'server-only'
import {cookies, draftMode} from 'next/headers'
import {getDatabase} from '@/lib/platform/database/db'
import {log} from '@/lib/platform/log'
import {PREVIEW_COOKIE, previewSessionIsLive} from './preview-session'

/** Whether this request may see drafts: Next's draft mode and a live preview session of our own. */
export async function isDraftMode(): Promise<boolean> {
  let enabled: boolean
  try {
    enabled = (await draftMode()).isEnabled
  } catch {
    // Outside a request (generateStaticParams, build-time sitemap) there is no draft mode.
    return false
  }
  if (!enabled) return false
  const token = (await cookies()).get(PREVIEW_COOKIE)?.value
  try {
    return await previewSessionIsLive((await getDatabase()).db, token)
  } catch (error) {
    // Fails closed: the published page, never drafts, when the sessions cannot be checked.
    log.error('preview.session_check_failed', {error})
    return false
  }
}
