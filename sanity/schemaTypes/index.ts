import {accessibleImage} from './objects/accessibleImage'
import {blockContent, callout, faqBlock, simpleBlockContent, treatmentCard} from './objects/blocks'
import {complianceAcknowledgement} from './objects/complianceAcknowledgement'
import {faqItem} from './objects/faqItem'
import {externalLink, internalLink} from './objects/link'
import {seo} from './objects/seo'
import {category} from './documents/category'
import {clinicSettings} from './documents/clinicSettings'
import {person} from './documents/person'
import {post} from './documents/post'
import {treatment} from './documents/treatment'
import {redirect} from './documents/redirect'
import {page} from './documents/page'
import {citation, sourceReference} from './objects/sources'

export const schemaTypes = [
  post,
  treatment,
  person,
  category,
  clinicSettings,
  redirect,
  accessibleImage,
  seo,
  externalLink,
  internalLink,
  faqItem,
  callout,
  treatmentCard,
  faqBlock,
  blockContent,
  simpleBlockContent,
  complianceAcknowledgement,
  page,
  sourceReference,
  citation,
]
