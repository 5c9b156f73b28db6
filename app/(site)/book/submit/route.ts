import {confirmationPath, receiveEnquiry} from '@/lib/enquiries/receive-enquiry'
import {readFormPost} from '@/lib/http/read-form-post'

// Where the booking form posts when JavaScript is off (with JavaScript, useActionState calls the
// server action instead). A route handler costs a fraction of a server-action page request, which
// is what lets one process take a burst of submissions (`npm run bench:enquiries`).
//
// A form it cannot store goes back to the page with 307, so the browser sends the same body to
// /book, where the server action (named in the form's hidden $ACTION_ID field) renders the inline
// errors with the typed values. The action runs the same checks again and comes to the same answer.

// The form is a few KB; 64 KB leaves room for a 2,000-character message in any script.
const MAX_FORM_BYTES = 64 * 1024

export async function POST(request: Request): Promise<Response> {
  const post = await readFormPost(request, {maxBytes: MAX_FORM_BYTES})
  if (!post.ok) return post.response
  const received = await receiveEnquiry(post.formData, request.headers)
  const location = received.kind === 'stored' ? confirmationPath(received.publicRef) : '/book'
  return new Response(null, {
    status: received.kind === 'stored' ? 303 : 307,
    headers: {location, 'cache-control': 'no-store'},
  })
}
