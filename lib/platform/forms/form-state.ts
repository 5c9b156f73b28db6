// The state a form action hands back to useActionState. Client-safe: no server imports.

export interface FormState<Field extends string = string> {
  status: 'idle' | 'error' | 'success'
  /** A problem with the form as a whole (not one field), shown above the submit button. */
  formError?: string
  /** A confirmation to show (staff forms that stay on the page). */
  message?: string
  fieldErrors: Partial<Record<Field, string>>
  /** What the person typed, so a failed submission never makes them type it again. */
  values: Partial<Record<Field, string | string[]>>
  /** A replacement render token when the old one had expired or was invalid. */
  formToken?: string
}
