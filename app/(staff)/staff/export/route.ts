import {NextResponse, type NextRequest} from 'next/server'
import {
  CSV_HEADER,
  enquiryCsvLine,
  countEnquiries,
  eachEnquiryBatch,
  parseInboxFilters,
  recordAudit,
  getCurrentStaff,
} from '@/lib/staff'
import {getPageTitles} from '@/lib/insights'
import {getDatabase} from '@/lib/platform/database/db'
import {toSingaporeDay} from '@/lib/singapore-time'
import {log} from '@/lib/platform/log'
import {staffPaths} from '@/lib/routes/paths'

export async function GET(request: NextRequest) {
  const staff = await getCurrentStaff()
  // Relative: behind a proxy request.url names the internal host, which the browser cannot reach.
  if (!staff) return new NextResponse(null, {status: 303, headers: {Location: staffPaths.login(), 'Cache-Control': 'no-store'}})
  const filters = parseInboxFilters((name) => request.nextUrl.searchParams.get(name))
  const {db} = await getDatabase()
  const [total, titles] = await Promise.all([countEnquiries(db, filters), getPageTitles()])
  // Exports leave the system: who took which slice, and when, goes in the audit log.
  await recordAudit(db, staff, {action: 'export', note: `${total} rows; filters ${JSON.stringify(filters)}`})
  // Streamed a batch at a time, so an export of any size holds one batch in memory.
  const encoder = new TextEncoder()
  const batches = eachEnquiryBatch(db, filters)
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_HEADER))
    },
    async pull(controller) {
      try {
        const next = await batches.next()
        if (next.done) return controller.close()
        controller.enqueue(encoder.encode(next.value.map((row) => enquiryCsvLine(row, titles)).join('')))
      } catch (error) {
        // Headers are gone by now: cut the download short rather than end it looking complete.
        log.error('staff.export_failed', {error})
        controller.error(error)
      }
    },
    async cancel() {
      await batches.return(undefined)
    },
  })
  return new NextResponse(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="enquiries-${toSingaporeDay(new Date())}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
