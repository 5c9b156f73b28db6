'use server'

import {headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {type EnquiryFormState, handleEnquiryRequest} from '@/lib/enquiries'
import {paths} from '@/lib/routes/paths'

/**
 * The booking form's action. With JavaScript it feeds useActionState. Without, the browser posts
 * to the form POST route first (app/(site)/book/submit), which sends a form it cannot store back
 * here so that Next renders the page again with this state: inline errors and the typed values.
 */
export async function bookingFormAction(
  _previous: EnquiryFormState,
  formData: FormData,
): Promise<EnquiryFormState> {
  const outcome = await handleEnquiryRequest(formData, await headers())
  if (outcome.kind === 'not_stored') return outcome.state
  redirect(paths.bookThanks(outcome.publicRef))
}
