import type {z} from 'zod'
import {formDataToObject} from './form-data'
import type {FormState} from './form-state'

// After next-saas-starter's validatedAction: the schema parses FormData before any handler
// runs; handlers receive typed data; failures come back as per-field messages plus the values
// to re-fill (never secrets).

const NEVER_ECHOED = /password|token|website/i

type ObjectSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>

export type ParsedForm<S extends ObjectSchema> =
  | {ok: true; data: z.output<S>; values: Record<string, string | string[]>}
  | {ok: false; state: FormState}

export function keptValues(raw: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !NEVER_ECHOED.test(key)))
}

/** `listFields`: the form's checkbox groups, read as arrays (see formDataToObject). */
export function parseForm<S extends ObjectSchema>(
  schema: S,
  formData: FormData,
  listFields: readonly string[] = [],
): ParsedForm<S> {
  const raw = formDataToObject(formData, listFields)
  const values = keptValues(raw)
  const result = schema.safeParse(raw)
  if (result.success) return {ok: true, data: result.data, values}
  const fieldErrors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '')
    if (field && !(field in fieldErrors)) fieldErrors[field] = issue.message
  }
  return {ok: false, state: {status: 'error', fieldErrors, values}}
}

export function validatedAction<S extends ObjectSchema>(
  schema: S,
  handler: (data: z.output<S>, formData: FormData) => Promise<FormState>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    const parsed = parseForm(schema, formData)
    if (!parsed.ok) return parsed.state
    return handler(parsed.data, formData)
  }
}
