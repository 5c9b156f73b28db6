'use server'

import {headers} from 'next/headers'
import {redirect} from 'next/navigation'
import {after} from 'next/server'
import {env} from '@/lib/env'
import {log} from '@/lib/log'
import {drainOutbox, ensureBackgroundWork} from '@/lib/enquiries/background'
import {loadBookingContext} from '@/lib/enquiries/booking-context'
import {clientIpFrom} from '@/lib/enquiries/client-ip'
import {getEnquiryDb} from '@/lib/enquiries/db'
import {type EnquiryFormState, FIELD} from '@/lib/enquiries/form-fields'
import {formDataToObject} from '@/lib/enquiries/form-schema'
import {getSessionSecret} from '@/lib/enquiries/session-secret'
import {submitEnquiryForm, type SubmissionOutcome} from '@/lib/enquiries/submit-enquiry'
import {keptValues} from '@/lib/enquiries/validated-action'

/**
 * The booking form's action. With JavaScript it feeds useActionState; without, the browser posts
 * the form here and Next renders the page again with the returned state, or follows the redirect.
 */
export async function submitEnquiry(
  _previous: EnquiryFormState,
  formData: FormData,
): Promise<EnquiryFormState> {
  let outcome: SubmissionOutcome
  try {
    const [{db}, {treatments}, requestHeaders] = await Promise.all([
      getEnquiryDb(),
      loadBookingContext(),
      headers(),
    ])
    const config = env()
    outcome = await submitEnquiryForm(formData, {
      db,
      secret: getSessionSecret(),
      clientIp: clientIpFrom(requestHeaders),
      treatments,
      rateLimit: config.ENQUIRY_RATE_LIMIT,
      rateWindowSeconds: config.ENQUIRY_RATE_WINDOW_SECONDS,
      minFillSeconds: config.ENQUIRY_MIN_FILL_SECONDS,
    })
  } catch (error) {
    // Nothing was stored, so nothing may look like success: the person keeps what they typed.
    log.error('enquiry.store_failed', {error})
    return {
      status: 'error',
      fieldErrors: {},
      values: keptValues(formDataToObject(formData)),
      formToken: String(formData.get(FIELD.formToken) ?? '') || undefined,
      formError:
        'We could not save your enquiry just now. Please try again in a minute, or call or WhatsApp the clinic.',
    }
  }
  if (outcome.kind === 'rejected') {
    if (outcome.reason !== 'invalid') log.info('enquiry.rejected', {reason: outcome.reason})
    return outcome.state
  }
  if (outcome.created) log.info('enquiry.stored', {enquiryId: outcome.id})
  ensureBackgroundWork()
  // The email goes out after the response; the enquiry is already safe in the database.
  after(() => drainOutbox())
  redirect(`/book/thanks?ref=${encodeURIComponent(outcome.publicRef)}`)
}
