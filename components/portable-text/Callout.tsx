import type {CalloutValue} from './types'

const TONES = {
  note: {label: 'Note', box: 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950/50'},
  tip: {label: 'Tip', box: 'border-brand-600 bg-brand-50 dark:border-brand-100 dark:bg-brand-900/40'},
  caution: {label: 'Caution', box: 'border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40'},
} as const

// The title is not a heading: callouts sit between sections and must not change the outline.
export function Callout({value}: {value: CalloutValue}) {
  const tone = TONES[value.tone ?? 'note'] ?? TONES.note
  if (!value.text) return null
  return (
    <aside
      role="note"
      className={`not-prose my-8 rounded-r-lg border-l-4 px-5 py-4 text-slate-900 dark:text-slate-100 ${tone.box}`}
    >
      <p className="font-semibold">
        <span className={value.title ? 'sr-only' : ''}>{tone.label}</span>
        {value.title ? <span>{value.title}</span> : null}
      </p>
      {value.text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="mt-1 leading-relaxed">
          {paragraph}
        </p>
      ))}
    </aside>
  )
}
