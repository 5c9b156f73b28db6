// Field lists that a page query and the search index both read: one list each, so a field added to
// the page is searchable too.

/** The plain-text facts of a treatment. */
export const TREATMENT_FACTS = /* groq */ `howPerformed, whoItSuits, preparation, downtime, risks, sessions, aftercare`

/** How the clinic is named and reached. */
export const CLINIC_CONTACT = /* groq */ `clinicName, tagline, address, phone, whatsapp, email`
