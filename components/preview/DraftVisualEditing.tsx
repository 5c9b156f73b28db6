'use client'

import {VisualEditing} from 'next-sanity/visual-editing'
import {useRouter} from 'next/navigation'
import {useCallback} from 'react'

type RefreshPayload = {source: 'manual' | 'mutation'}

/**
 * Connects the page, in draft mode inside the Studio's Presentation tool, to the Studio: click to
 * edit, and a fresh render after every edit. Draft-mode reads bypass every cache (lib/content), so
 * a router refresh shows the edit; next-sanity's default does that only for the manual refresh
 * button and leaves edits to a live-content subscription this site does not use.
 */
export function DraftVisualEditing() {
  const router = useRouter()
  const refresh = useCallback(
    (_payload: RefreshPayload) => {
      router.refresh()
      // The Studio shows "refreshing" until this settles; a render of a page takes about that long.
      return new Promise<void>((resolve) => setTimeout(resolve, 1000))
    },
    [router],
  )
  return <VisualEditing refresh={refresh} />
}

export default DraftVisualEditing
