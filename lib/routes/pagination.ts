/** Page 2 and on from a URL segment; null for anything that is not a page this listing has. */
export function parsePageParam(value: string, pageCount: number): number | null {
  if (!/^[1-9]\d{0,3}$/.test(value)) return null
  const page = Number(value)
  return page >= 2 && page <= pageCount ? page : null
}

export function pageCountFor(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}
