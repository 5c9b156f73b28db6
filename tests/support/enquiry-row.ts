import type {EnquiryRow} from '@/lib/platform/database/schema'

/** A complete enquiry row for tests that write or format one directly; override what the test is about. */
export function enquiryRow(overrides: Partial<EnquiryRow> = {}): EnquiryRow {
  const createdAt = overrides.created_at ?? '2026-03-01T02:30:00.000Z'
  return {
    id: '0b7f8a52-3f3e-4c1e-9a53-6f1a7c2e9d10',
    public_ref: 'ABCDE-FGHJK',
    idempotency_key: 'k',
    created_at: createdAt,
    updated_at: createdAt,
    status: 'new',
    treatment_slug: null,
    treatment_name: null,
    full_name: 'Tan Mei Ling',
    phone: '+6591234567',
    email: 'mei@example.com',
    patient_type: 'new',
    preferred_days: '[]',
    time_of_day: 'any',
    message: '',
    consent_at: createdAt,
    marketing_opt_in: 0,
    marketing_opt_in_at: null,
    body_hash: null,
    supersedes_id: null,
    source_path: null,
    first_response_seconds: null,
    language: 'en',
    ...overrides,
  }
}
