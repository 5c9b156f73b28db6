import {isDeepStrictEqual} from 'node:util'

// Opcodes of Mendoza's patch format (the order of OPS in mendoza's internal-patcher).
const OP_VALUE = 0
const OP_OBJECT_SET_FIELD_VALUE = 17
const OP_OBJECT_DELETE_FIELD = 19

type Json = Record<string, unknown> | null

/**
 * A Mendoza patch that turns `from` into `to`. The npm `mendoza` package only applies patches, so
 * this writes the simplest correct one: top-level fields that changed are replaced, removed ones
 * deleted (by their index among the sorted input keys, as the patcher reads them).
 */
export function encodeMendoza(from: Json, to: Json): unknown[] {
  if (from === null || to === null) return [OP_VALUE, to]
  const patch: unknown[] = []
  const inputKeys = Object.keys(from).sort()
  inputKeys.forEach((key, index) => {
    if (!(key in to)) patch.push(OP_OBJECT_DELETE_FIELD, index)
  })
  for (const [key, value] of Object.entries(to)) {
    if (!isDeepStrictEqual(from[key], value)) patch.push(OP_OBJECT_SET_FIELD_VALUE, value, key)
  }
  return patch
}

function withoutRev(doc: Json): Json {
  if (doc === null) return null
  const {_rev: _ignored, ...rest} = doc
  return rest
}

/**
 * The effects of a listener event or history transaction. The Studio applies them to the document
 * with `_rev` removed (and sets `resultRev` itself), so they are computed without it: a field index
 * counted with `_rev` among the keys would delete the wrong field there.
 */
export function mendozaEffects(before: Json, after: Json): {apply: unknown[]; revert: unknown[]} {
  const from = withoutRev(before)
  const to = withoutRev(after)
  return {apply: encodeMendoza(from, to), revert: encodeMendoza(to, from)}
}
