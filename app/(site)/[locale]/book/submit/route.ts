import {handleEnquiryRequest} from '@/lib/enquiries'
import {readFormPost} from '@/lib/platform/http/read-form-post'
import {paths} from '@/lib/routes/paths'

// Where the booking form posts when JavaScript is off (with JavaScript, useActionState calls the
// server action instead). It is the path bots and floods take, and a route handler skips the page
// pipeline a server-action POST goes through (`npm run bench:enquiries` compares the two).
//
// A form it cannot store goes back to the page with 307, so the browser sends the same body to
// /book, where the server action (named in the form's hidden $ACTION_ID field) renders the inline
// errors with the typed values. The action runs the same checks again and comes to the same answer.

// The form is a few KB; 64 KB leaves room for a 2,000-character message in any script.
const MAX_FORM_BYTES = 64 * 1024

export async function POST(request: Request): Promise<Response> {
  const post = await readFormPost(request, {maxBytes: MAX_FORM_BYTES})
  if (!post.ok) return post.response
  const outcome = await handleEnquiryRequest(post.formData, request.headers)
  const location = outcome.kind === 'stored' ? paths.bookThanks(outcome.publicRef) : paths.book()
  return new Response(null, {
    status: outcome.kind === 'stored' ? 303 : 307,
    headers: {location, 'cache-control': 'no-store'},
  })
}
