/**
 * FormData to a plain object. Fields named in `listFields` (checkbox groups) become arrays; every
 * other field keeps its first value, so a repeated single field cannot smuggle in a second one.
 */
export function formDataToObject(
  formData: FormData,
  listFields: readonly string[] = [],
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(formData.keys())) {
    // Next's own fields for server actions.
    if (key.startsWith('$ACTION')) continue
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string')
    out[key] = listFields.includes(key) ? values : (values[0] ?? '')
  }
  return out
}
