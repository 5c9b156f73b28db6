import type {SnippetPart} from '@/lib/search'

/** The passage that matched, with the matched words marked. */
export function Snippet({parts}: {parts: SnippetPart[]}) {
  if (parts.length === 0) return null
  return (
    <p className="mt-1 text-slate-700 dark:text-slate-300">
      {parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900 dark:bg-amber-200 dark:text-slate-950">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  )
}
