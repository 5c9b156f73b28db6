import {draftMode} from 'next/headers'
import {apiPaths} from '@/lib/routes/paths'

/**
 * Shown on every page while draft mode is on, so an editor never mistakes a preview for the live
 * site. A plain link, not next/link: a prefetch of the exit route would switch preview off.
 */
export async function PreviewBar() {
  const {isEnabled} = await draftMode()
  if (!isEnabled) return null
  return (
    <aside
      role="status"
      aria-label="Preview"
      data-preview-bar=""
      className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1 bg-amber-300 px-4 py-2 text-center text-sm font-medium text-slate-950"
    >
      <span>Preview: you are seeing unpublished changes</span>
      <a href={apiPaths.draftModeDisable} className="inline-flex min-h-11 items-center underline underline-offset-2">
        Exit preview
      </a>
    </aside>
  )
}

export default PreviewBar
