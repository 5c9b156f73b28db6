import type {Metadata} from 'next'
import Link from 'next/link'
import {EmailConfigNotice} from '@/components/staff/EmailConfigNotice'
import {EnquiryFilters} from '@/components/staff/EnquiryFilters'
import {EnquiryTable} from '@/components/staff/EnquiryTable'
import {InboxPagination} from '@/components/staff/InboxPagination'
import {isEmailConfigured, loadBookingContext} from '@/lib/enquiries'
import {
  getInboxSources,
  listInbox,
  INBOX_PAGE_SIZE,
  inboxFiltersQuery,
  inboxPageSchema,
  parseInboxFilters,
  requireStaff,
} from '@/lib/staff'
import {getPageTitles, pageLabel} from '@/lib/insights'
import {staffPaths} from '@/lib/routes/paths'
import {staffAlertMessage} from '@/lib/staff'

export const metadata: Metadata = {title: 'Enquiries'}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function StaffInboxPage({searchParams}: {searchParams: SearchParams}) {
  await requireStaff()
  const params = await searchParams
  const filters = parseInboxFilters((name) => params[name])
  const [{items, total, page, pageCount}, {treatments}, sourcePaths, titles] = await Promise.all([
    listInbox(filters, inboxPageSchema.parse(params.page)),
    loadBookingContext(),
    getInboxSources(),
    getPageTitles(),
  ])
  const sources = sourcePaths.map(({path}) => ({path, label: pageLabel(titles, path)}))
  const first = (page - 1) * INBOX_PAGE_SIZE + 1
  const query = inboxFiltersQuery(filters)

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Enquiries</h1>
        <a href={staffPaths.export(query)} className="inline-flex min-h-11 items-center rounded-md border border-slate-400 px-4 font-medium" download>
          Export CSV
        </a>
      </div>
      {params.deleted ? (
        <p role="status" className="mt-4 rounded-md bg-emerald-50 p-3 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          The enquiry was deleted.
        </p>
      ) : null}
      {staffAlertMessage(params.error) ? (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900 dark:bg-red-950 dark:text-red-100">
          {staffAlertMessage(params.error)}
        </p>
      ) : null}
      <div className="mt-4">
        <EmailConfigNotice configured={isEmailConfigured()} />
      </div>
      <div className="mt-6">
        <EnquiryFilters filters={filters} treatments={treatments} sources={sources} />
      </div>
      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
        {total > items.length
          ? `${first.toLocaleString('en-SG')}–${(first + items.length - 1).toLocaleString('en-SG')} of ${total.toLocaleString('en-SG')} enquiries`
          : `${total.toLocaleString('en-SG')} ${total === 1 ? 'enquiry' : 'enquiries'}`}
        {query ? (
          <>
            {' '}· <Link href={staffPaths.inbox()} className="underline">clear filters</Link>
          </>
        ) : null}
      </p>
      <EnquiryTable items={items} titles={titles} />
      <InboxPagination page={page} pageCount={pageCount} query={query} />
    </>
  )
}
