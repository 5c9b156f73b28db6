import 'server-only'
import {getDatabase} from '@/lib/platform/database/db'
import {findEnquiryByRef} from './enquiry-store'

// What pages read about enquiries, each getter opening the configured database itself, so a page
// never holds a database handle (as lib/content's getters never expose the content source).

// The shape of enquiry-store.ts's references: two groups of five capitals and digits.
const PUBLIC_REF = /^[A-Z2-9]{5}-[A-Z2-9]{5}$/

/** The patient's confirmation page: the stored enquiry with this reference, if the value is one. */
export async function getEnquiryByRef(ref: unknown) {
  if (typeof ref !== 'string' || !PUBLIC_REF.test(ref)) return undefined
  const {db} = await getDatabase()
  return findEnquiryByRef(db, ref)
}
