import type {ReactNode} from 'react'

export function TreatmentSection({id, title, children}: {id: string; title: string; children: ReactNode}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2
        id={id}
        className="text-[1.6rem] leading-tight font-bold tracking-tight sm:text-[1.7rem] text-slate-900 dark:text-white"
      >
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-[1.0625rem] leading-relaxed text-slate-800 dark:text-slate-200">
        {children}
      </div>
    </section>
  )
}

/** Plain-text fields keep the editor's paragraphs (a blank line starts a new one). */
export function Paragraphs({text}: {text: string | null | undefined}) {
  if (!text) return null
  return (
    <>
      {text
        .split(/\n{2,}/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
    </>
  )
}
