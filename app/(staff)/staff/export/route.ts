import {NextResponse, type NextRequest} from 'next/server'
import {enquiriesToCsv} from '@/lib/enquiries/csv'
import {getEnquiryDb} from '@/lib/enquiries/db'
import {inboxFiltersSchema, listEnquiries, recordAudit} from '@/lib/enquiries/inbox'
import {getCurrentStaff} from '@/lib/enquiries/staff-auth'
import {singaporeDate} from '@/lib/enquiries/format'

export async function GET(request: NextRequest) {
  const staff = await getCurrentStaff()
  if (!staff) return NextResponse.redirect(new URL('/staff/login', request.url), 303)
  const params = request.nextUrl.searchParams
  const filters = inboxFiltersSchema.parse({
    status: params.get('status') || undefined,
    treatment: params.get('treatment') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
  })
  const {db} = await getEnquiryDb()
  const rows = await listEnquiries(db, filters, 100_000)
  // Exports leave the system: who took which slice, and when, goes in the audit log.
  await recordAudit(db, staff, {action: 'export', note: `${rows.length} rows; filters ${JSON.stringify(filters)}`})
  return new NextResponse(enquiriesToCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="enquiries-${singaporeDate(new Date().toISOString())}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
