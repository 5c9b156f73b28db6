import type {QueryCount} from '@/lib/search'
import {countedQueryPath} from '@/lib/search'

/** Queries and how often they were searched; each opens the results a patient saw. */
export function QueryCountTable({id, caption, rows, empty}: {id: string; caption: string; rows: QueryCount[]; empty: string}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {caption}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">{empty}</p>
      ) : (
        <table className="mt-3 w-full max-w-2xl border-collapse text-left">
          <thead>
            <tr className="border-b border-slate-300 text-sm dark:border-slate-600">
              <th scope="col" className="py-2 pr-4">
                Query
              </th>
              <th scope="col" className="py-2 text-right">
                Searches
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.query} className="border-b border-slate-200 dark:border-slate-700">
                <td className="py-2 pr-4">
                  {/* Rendered as text only: a query is whatever a visitor typed. */}
                  <a href={countedQueryPath(row.query)} className="underline" rel="nofollow">
                    {row.query}
                  </a>
                </td>
                <td className="py-2 text-right tabular-nums">{row.count.toLocaleString('en-SG')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
