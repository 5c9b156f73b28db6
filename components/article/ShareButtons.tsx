'use client'

import {useState, useSyncExternalStore} from 'react'

const noSubscribe = () => () => {}
const button =
  'inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 px-4 font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800'

/**
 * The only client component on an article: the Web Share API and the clipboard exist only in the
 * browser. Before hydration (or without JavaScript) nothing is shown, so no button ever does nothing.
 */
export function ShareButtons({title, url}: {title: string; url: string}) {
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
      setStatus('Link copied')
    } catch {
      setStatus(`Copy this address: ${url}`)
    }
  }

  if (!hydrated) return null
  return (
    <>
      {canShare && (
        <button type="button" onClick={share} className={button}>
          Share…
        </button>
      )}
      <button type="button" onClick={copy} className={button}>
        Copy link
      </button>
      <p role="status" className="w-full text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
    </>
  )
}
