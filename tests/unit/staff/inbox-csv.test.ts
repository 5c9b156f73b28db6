import {csvCell, enquiriesToCsv} from '@/lib/staff/inbox-csv'
import type {EnquiryRow} from '@/lib/platform/database/schema'
import {enquiryRow} from '@/tests/support/enquiry-row'

const row: EnquiryRow = enquiryRow({
  id: 'e1',
  treatment_slug: 'chemical-peel',
  treatment_name: 'Chemical peel',
  full_name: '陈美玲',
  patient_type: 'returning',
  preferred_days: '["sat"]',
  time_of_day: 'morning',
  message: 'Line one\nSays "hi", then =HYPERLINK("http://evil")',
})

describe('CSV export', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx'])
      expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell('plain')).toBe('plain')
  })

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
  })

  it('writes a BOM, a header and Singapore times', () => {
    const csv = enquiriesToCsv([row])
    expect(csv.startsWith('\uFEFFReference,')).toBe(true)
    const [, line] = csv.slice(1).split('\r\n')
    expect(line).toContain('ABCDE-FGHJK')
    expect(line).toContain('1 Mar 2026, 10:30 am SGT')
    expect(line).toContain('陈美玲')
    expect(line).toContain('Returning patient')
    expect(line).toContain('Saturday')
    expect(csv).toContain('"Line one\nSays ""hi"", then =HYPERLINK(""http://evil"")"')
  })

  it('names the page an enquiry came from by its title, with its path beside it', () => {
    const titles = new Map([['/blog/can-you-close-pores-permanently', 'Can You Close Pores Permanently? What Actually Helps']])
    const csv = enquiriesToCsv([{...row, source_path: '/blog/can-you-close-pores-permanently'}, row], titles)
    const [header, withSource, without] = csv.slice(1).split('\r\n')
    expect(header!.endsWith(',Source page,Source path')).toBe(true)
    expect(withSource!.endsWith(',Can You Close Pores Permanently? What Actually Helps,/blog/can-you-close-pores-permanently')).toBe(true)
    expect(without!.endsWith(',,')).toBe(true)
  })
})
