import type {PathSegment} from './types'

/** `['body', {_key: 'a'}, 'alt']` -> `body[_key=="a"].alt`, the format Sanity itself prints. */
export function pathToString(segments: readonly PathSegment[]): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'string') out += out === '' ? segment : `.${segment}`
    else if (typeof segment === 'number') out += `[${segment}]`
    else out += `[_key==${JSON.stringify(segment._key)}]`
  }
  return out
}
