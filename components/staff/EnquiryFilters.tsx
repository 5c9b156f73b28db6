import {StatusOptions} from './StatusOptions'
import type {InboxFilters} from '@/lib/staff/inbox'
import {staffPaths} from '@/lib/routes/paths'
import {ENQUIRY_LANGUAGES} from '@/lib/enquiries/enquiry-language'

const field =
  'mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-2 dark:border-slate-500 dark:bg-slate-900'

/** A GET form: filters live in the URL, so they can be bookmarked and reused for the CSV export. */
export function EnquiryFilters({
  filters,
  treatments,
  sources,
}: {
  filters: InboxFilters
  treatments: ReadonlyArray<{slug: string; name: string}>
  /** The pages enquiries came from, each with its title. */
  sources: ReadonlyArray<{path: string; label: string}>
}) {
  return (
    <form method="get" action={staffPaths.inbox()} className="flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className={field}>
          <option value="">Any</option>
          <StatusOptions />
        </select>
      </div>
      <div>
        <label htmlFor="filter-treatment" className="block text-sm font-medium">
          Treatment
        </label>
        <select
          id="filter-treatment"
          name="treatment"
          defaultValue={filters.treatment ?? ''}
          className={field}
        >
          <option value="">Any</option>
          {treatments.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-source" className="block text-sm font-medium">
          Came from
        </label>
        <select id="filter-source" name="source" defaultValue={filters.source ?? ''} className={`${field} max-w-xs`}>
          <option value="">Any page</option>
          {sources.map((s) => (
            <option key={s.path} value={s.path}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-language" className="block text-sm font-medium">
          Language
        </label>
        <select id="filter-language" name="language" defaultValue={filters.language ?? ''} className={field}>
          <option value="">Any</option>
          {ENQUIRY_LANGUAGES.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-from" className="block text-sm font-medium">
          From
        </label>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ''} className={field} />
      </div>
      <div>
        <label htmlFor="filter-to" className="block text-sm font-medium">
          To
        </label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ''} className={field} />
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-slate-900 px-4 font-medium text-white dark:bg-slate-100 dark:text-slate-900"
      >
        Filter
      </button>
    </form>
  )
}
