import {classifySmtpError} from '@/lib/enquiries/mailer'
import {notificationStatus, retryDelayMs} from '@/lib/enquiries/outbox'

describe('outbox policy', () => {
  it('backs off exponentially with jitter, capped', () => {
    const policy = {baseMs: 30_000, maxMs: 3_600_000, maxAttempts: 40}
    const mid = () => 0.5
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy, mid))).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(retryDelayMs(20, policy, mid)).toBe(3_600_000)
    expect(retryDelayMs(1, policy, () => 0)).toBe(24_000)
    expect(retryDelayMs(1, policy, () => 1)).toBe(36_000)
  })

  it('retries 4xx and network errors, parks 5xx', () => {
    expect(classifySmtpError({responseCode: 451})).toBe('temporary')
    expect(classifySmtpError({code: 'ECONNREFUSED'})).toBe('temporary')
    expect(classifySmtpError({responseCode: 550})).toBe('permanent')
    expect(classifySmtpError({responseCode: 535, code: 'EAUTH'})).toBe('temporary')
  })

  it('summarises jobs as sent, waiting or failed', () => {
    expect(notificationStatus([])).toBe('waiting')
    expect(notificationStatus([{status: 'sent'}, {status: 'pending'}])).toBe('waiting')
    expect(notificationStatus([{status: 'sent'}])).toBe('sent')
    expect(notificationStatus([{status: 'sent'}, {status: 'failed'}])).toBe('failed')
  })
})
