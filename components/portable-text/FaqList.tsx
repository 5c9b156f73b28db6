type Item = {_key: string; question?: string | null; answer?: string | null}

/** Questions as <details>: open and close without JavaScript, and each answer stays findable in the page. */
export function FaqList({items}: {items: readonly Item[] | null | undefined}) {
  const valid = (items ?? []).filter((item) => item.question && item.answer)
  if (valid.length === 0) return null
  return (
    <div className="not-prose divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
      {valid.map((item) => (
        <details key={item._key} className="group">
          <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-4 px-5 py-3 font-semibold text-slate-900 marker:hidden dark:text-white [&::-webkit-details-marker]:hidden">
            <span>{item.question}</span>
            <span
              aria-hidden="true"
              className="text-xl leading-none text-brand-700 transition-transform group-open:rotate-45 dark:text-brand-100"
            >
              +
            </span>
          </summary>
          <div className="space-y-3 px-5 pb-5 leading-relaxed text-slate-800 dark:text-slate-200">
            {item.answer!.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </details>
      ))}
    </div>
  )
}
