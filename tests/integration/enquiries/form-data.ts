import {issueFormToken} from '@/lib/enquiries/form-token'

export const TEST_SECRET = 'integration-test-secret-0123456789abcdef'

export function enquiryFormData(
  overrides: Record<string, string | string[] | undefined> = {},
  token?: string,
): FormData {
  const fields: Record<string, string | string[] | undefined> = {
    treatment: 'chemical-peel',
    fullName: 'Tan Mei Ling',
    phone: '9123 4567',
    email: 'mei.ling@example.com',
    patientType: 'new',
    preferredDays: ['mon', 'sat'],
    timeOfDay: 'evening',
    message: 'First consultation, please.',
    consent: 'on',
    website: '',
    formToken: token ?? issueFormToken(TEST_SECRET, new Date(Date.now() - 60_000)),
    ...overrides,
  }
  const fd = new FormData()
  fd.append('$ACTION_ID_0123abcd', '')
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) fd.append(key, v)
  }
  return fd
}

export const TREATMENTS = [
  {slug: 'chemical-peel', name: 'Chemical peel'},
  {slug: 'laser-toning', name: 'Laser toning'},
]
