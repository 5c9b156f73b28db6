// The plain-text facts of a treatment that its page shows and site search indexes: one list, so a
// fact added to the page is searchable too.
export const TREATMENT_FACTS = /* groq */ `howPerformed, whoItSuits, preparation, downtime, risks, sessions, aftercare`
