import {NextResponse} from 'next/server'
import {getEnquiryInsights, getPageTitles, insightsToCsv} from '@/lib/insights'
import {getCurrentStaff} from '@/lib/staff'
import {staffPaths} from '@/lib/routes/paths'
import {toSingaporeDay} from '@/lib/singapore-time'

export async function GET() {
  const staff = await getCurrentStaff()
  if (!staff) return new NextResponse(null, {status: 303, headers: {Location: staffPaths.login(), 'Cache-Control': 'no-store'}})
  const [insights, titles] = await Promise.all([getEnquiryInsights(), getPageTitles()])
  return new NextResponse(insightsToCsv(insights, titles), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="insights-${toSingaporeDay(new Date())}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
