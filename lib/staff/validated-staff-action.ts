import 'server-only'
import {redirect} from 'next/navigation'
import type {z} from 'zod'
import type {FormState} from '@/lib/platform/forms/form-state'
import type {StaffUser} from './accounts'
import {requireStaff} from './auth'
import {parseForm} from '@/lib/platform/forms/validated-action'

type ObjectSchema = Parameters<typeof parseForm>[0]

/**
 * `validatedAction` for the inbox's plain-form actions: the signed-in staff member is checked first
 * (no session: off to the login page), then the form is parsed, then the handler runs. Every
 * outcome is a redirect (POST, then GET), so the forms work without JavaScript: `invalid` names
 * the page that shows a bad form's message, the handler returns the page to show on success.
 */
export function validatedActionWithStaff<S extends ObjectSchema>(
  schema: S,
  invalid: (state: FormState, formData: FormData) => string,
  handler: (data: z.output<S>, staff: StaffUser, formData: FormData) => Promise<string>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const staff = await requireStaff()
    const parsed = parseForm(schema, formData)
    if (!parsed.ok) redirect(invalid(parsed.state, formData))
    redirect(await handler(parsed.data, staff, formData))
  }
}
