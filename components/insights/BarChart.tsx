// A horizontal bar chart drawn on the server as SVG, with the same figures in a table beside it:
// the picture for a glance, the table for exact numbers and for screen readers. No script.

export interface ChartRow {
  key: string
  label: string
  /** A link for the label in the table (a page of the site). */
  href?: string
  values: number[]
}

const WIDTH = 640
const LABEL_WIDTH = 230
const VALUE_WIDTH = 56
const BAR_HEIGHT = 14
const GAP = 10
const MAX_LABEL = 34

const SERIES_CLASSES = ['fill-brand-700 dark:fill-brand-100', 'fill-slate-500 dark:fill-slate-300']

const shortLabel = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label)
const number = (n: number) => n.toLocaleString('en-SG')

export function BarChart({
  id,
  title,
  description,
  labelHeading,
  series,
  rows,
  empty,
}: {
  id: string
  title: string
  description: string
  labelHeading: string
  series: string[]
  rows: ChartRow[]
  empty: string
}) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  const rowHeight = series.length * BAR_HEIGHT + GAP
  const height = Math.max(rowHeight, rows.length * rowHeight) + GAP
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">{empty}</p>
      ) : (
        <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <svg
            viewBox={`0 0 ${WIDTH} ${height}`}
            role="img"
            aria-labelledby={`${id}-title ${id}-desc`}
            className="w-full text-slate-900 dark:text-slate-100"
          >
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>{description}</desc>
            {rows.map((row, r) => (
              <g key={row.key} transform={`translate(0 ${GAP + r * rowHeight})`}>
                <text x={LABEL_WIDTH - 8} y={(series.length * BAR_HEIGHT) / 2} dy="0.35em" textAnchor="end" fontSize="12" fill="currentColor">
                  {shortLabel(row.label)}
                </text>
                {row.values.map((value, s) => (
                  <g key={s} transform={`translate(${LABEL_WIDTH} ${s * BAR_HEIGHT})`}>
                    <rect
                      width={Math.max(value > 0 ? 1 : 0, (value / max) * barSpace)}
                      height={BAR_HEIGHT - 2}
                      className={SERIES_CLASSES[s % SERIES_CLASSES.length]}
                    />
                    <text x={(value / max) * barSpace + 4} y={(BAR_HEIGHT - 2) / 2} dy="0.35em" fontSize="11" fill="currentColor">
                      {number(value)}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </svg>
          <table className="w-full border-collapse self-start text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-600">
                <th scope="col" className="py-1 pr-3">
                  {labelHeading}
                </th>
                {series.map((name, s) => (
                  <th key={name} scope="col" className="py-1 text-right">
                    {series.length > 1 ? (
                      <svg aria-hidden="true" viewBox="0 0 10 10" className="mr-1 inline h-3 w-3 align-baseline">
                        <rect width="10" height="10" className={SERIES_CLASSES[s % SERIES_CLASSES.length]} />
                      </svg>
                    ) : null}
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {row.href ? (
                      <a href={row.href} className="underline">
                        {row.label}
                      </a>
                    ) : (
                      row.label
                    )}
                  </th>
                  {row.values.map((value, s) => (
                    <td key={s} className="py-1 text-right tabular-nums">
                      {number(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
