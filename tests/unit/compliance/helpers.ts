import type {CheckableDocument} from '@/lib/compliance'

let counter = 0
const key = () => `k${(counter++).toString(36)}`

export function block(text: string, extra: Record<string, unknown> = {}) {
  return {
    _type: 'block',
    _key: key(),
    style: 'normal',
    markDefs: [],
    children: [{_type: 'span', _key: key(), text, marks: []}],
    ...extra,
  }
}

export function postWithBody(...body: unknown[]): CheckableDocument {
  return {_id: 'post-test', _type: 'post', title: 'A neutral title', excerpt: 'A neutral excerpt.', body}
}

export function postWithText(text: string): CheckableDocument {
  return postWithBody({...block(text), _key: 'b1'})
}

export function postWithAlt(alt: string, caption?: string): CheckableDocument {
  return postWithBody({
    _type: 'accessibleImage',
    _key: 'img1',
    alt,
    ...(caption ? {caption} : {}),
    depictsPatientResult: false,
  })
}
