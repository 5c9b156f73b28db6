import {bookingFormCopy} from '@/components/booking/form-copy'
import {bookingText} from '@/lib/enquiries/booking-text'

// The strings the client form receives as a prop, per edition: every option and field named.
it('gives the Chinese form Chinese labels, options and error-summary headings', () => {
  const copy = bookingFormCopy(bookingText('zh-Hans'))
  expect(copy.phoneLabel).toBe('手机号码')
  expect(copy.days.map((d) => d.label)).toEqual(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'])
  expect(copy.days.map((d) => d.value)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
  expect(copy.summaryHeadings[1]).toBe('请检查下面 2 项填写内容')
  expect(copy.messageHint).toMatch(/^不超过 2,000 个字/)
  expect(Object.values(copy.fieldNames).every((name) => /\p{Script=Han}/u.test(name))).toBe(true)
})

it('keeps the English form’s words as they were', () => {
  const copy = bookingFormCopy(bookingText('en'))
  expect(copy.summaryHeadings.slice(0, 2)).toEqual(['Please check one answer below', 'Please check 2 answers below'])
  expect(copy.messageHint).toMatch(/^Up to 2,000 characters\./)
  expect(copy.times.map((t) => t.label)).toEqual(['Any time', 'Morning', 'Afternoon', 'Evening'])
})
