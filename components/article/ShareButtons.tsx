'use client'

import {useState, useSyncExternalStore} from 'react'

const noSubscribe = () => () => {}
const button =
  'inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-4 font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800'

/** The buttons' words in the page's language, passed by the server so no message file ships to the browser. */
export type ShareButtonLabels = {share: string; copy: string; copied: string; copyThisAddress: string}

/**
 * The only client component on an article: the Web Share API and the clipboard exist only in the
 * browser. Before hydration (or without JavaScript) nothing is shown, so no button ever does nothing.
 */
export function ShareButtons({title, url, labels}: {title: string; url: string; labels: ShareButtonLabels}) {
  const hydrated = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  )
  const canShare = useSyncExternalStore(
    noSubscribe,
    () => typeof navigator.share === 'function',
    () => false,
  )
  const [status, setStatus] = useState('')

  async function share() {
    try {
      await navigator.share({title, url})
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setStatus(labels.copied)
    } catch {
      setStatus(labels.copyThisAddress)
    }
  }

  if (!hydrated) return null
  return (
    <>
      {canShare && (
        <button type="button" onClick={share} className={button}>
          {labels.share}
        </button>
      )}
      <button type="button" onClick={copy} className={button}>
        {labels.copy}
      </button>
      <p role="status" className="w-full text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
    </>
  )
}
