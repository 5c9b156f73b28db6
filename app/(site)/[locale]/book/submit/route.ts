import {handleEnquiryRequest} from '@/lib/enquiries'
import {pathsFor} from '@/lib/routes/paths'
import {readFormPost} from '@/lib/platform/http/read-form-post'
import {DEFAULT_LOCALE, isLocale} from '@/lib/i18n/locales'

// Where the booking form posts when JavaScript is off (with JavaScript, useActionState calls the
// server action instead). It is the path bots and floods take, and a route handler skips the page
// pipeline a server-action POST goes through (`npm run bench:enquiries` compares the two).
//
// A form it cannot store goes back to the page with 307, so the browser sends the same body to
// the form's page, where the server action (named in the form's hidden $ACTION_ID field) renders
// the inline errors with the typed values, in the edition's language. The action runs the same
// checks again and comes to the same answer.

// The form is a few KB; 64 KB leaves room for a 2,000-character message in any script.
const MAX_FORM_BYTES = 64 * 1024

/** `/book/submit` and `/zh/book/submit`: the edition (`params.locale`) is the form's language. */
export async function POST(request: Request, context?: {params: Promise<{locale: string}>}): Promise<Response> {
  const requested = (await context?.params)?.locale
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const post = await readFormPost(request, {maxBytes: MAX_FORM_BYTES})
  if (!post.ok) return post.response
  const outcome = await handleEnquiryRequest(post.formData, request.headers, locale)
  const to = pathsFor(locale)
  return new Response(null, {
    status: outcome.kind === 'stored' ? 303 : 307,
    headers: {location: outcome.kind === 'stored' ? to.bookThanks(outcome.publicRef) : to.book(), 'cache-control': 'no-store'},
  })
}
