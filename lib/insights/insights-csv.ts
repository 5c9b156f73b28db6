import {csvCell} from '@/lib/staff'
import type {EnquiryInsights} from './aggregates'
import {pageLabel, type PageTitles} from './page-titles'

const line = (cells: Array<string | number | null>) => `${cells.map(csvCell).join(',')}\r\n`

/**
 * The insights page's figures as one CSV: a section per table, each with its own header row, so a
 * spreadsheet shows them one under the other. Only sums, as on the page.
 */
export function insightsToCsv(insights: EnquiryInsights, titles: PageTitles): string {
  const out: string[] = ['\uFEFF']
  out.push(line(['Enquiries per week', `${insights.from} to ${insights.to} (Singapore time)`]))
  out.push(line(['Week starting', 'Enquiries']))
  for (const w of insights.weeks) out.push(line([w.weekStart, w.enquiries]))
  out.push('\r\n', line(['Enquiries by treatment']), line(['Treatment', 'Enquiries']))
  for (const t of insights.byTreatment) out.push(line([t.key ?? 'Not specified', t.enquiries]))
  out.push('\r\n', line(['Enquiries by source page']), line(['Page', 'Path', 'Enquiries']))
  for (const s of insights.bySource) out.push(line([pageLabel(titles, s.key), s.key ?? '', s.enquiries]))
  out.push('\r\n', line(['Contact taps by page']), line(['Page', 'Path', 'WhatsApp taps', 'Phone taps']))
  for (const t of insights.taps) out.push(line([pageLabel(titles, t.page), t.page ?? '', t.whatsapp, t.phone]))
  out.push(
    '\r\n',
    line(['Median time to first status change (hours)', 'Enquiries with a status change']),
    line([insights.medianFirstResponseMs === null ? '' : (insights.medianFirstResponseMs / 3_600_000).toFixed(1), insights.answered]),
  )
  return out.join('')
}
