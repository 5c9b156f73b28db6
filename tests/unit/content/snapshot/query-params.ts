// Representative parameters for every query, found from the documents themselves: each `$name` a
// query uses gets the values a page would pass (every slug, id and category, or an even sample of
// them on a large snapshot) plus ones that match nothing. A parameter not named here fails the
// test that uses it, so a new query cannot slip past the comparison.
import type {QueryParams} from '@/lib/content/perspective'
import type {SnapshotDocument} from '@/lib/content/snapshot-source'

const sample = <T>(list: T[], most: number): T[] => {
  if (list.length <= most) return list
  const step = list.length / most
  return Array.from({length: most}, (_, i) => list[Math.floor(i * step)])
}

const unique = <T>(list: T[]) => [...new Set(list)]

export function parameterValues(documents: SnapshotDocument[], most = 40): Record<string, unknown[]> {
  const slugOf = (doc: SnapshotDocument) => (doc.slug as {current?: unknown} | undefined)?.current
  const slugs = (keep: (doc: SnapshotDocument) => boolean) =>
    unique(documents.filter(keep).map(slugOf).filter((slug): slug is string => typeof slug === 'string'))
  const posts = documents.filter((doc) => doc._type === 'post')
  const categoryIds = (doc: SnapshotDocument) =>
    Array.isArray(doc.categories) ? doc.categories.map((c: {_ref?: string}) => c._ref).filter(Boolean) : []
  const now = Date.now()
  return {
    // Posts are sampled; every other document with a slug is few enough to take them all.
    slug: [...sample(slugs((doc) => doc._type === 'post'), most), ...slugs((doc) => doc._type !== 'post'), 'no-such-page'],
    category: [null, ...slugs((doc) => doc._type === 'category'), 'no-such-category'],
    range: [{start: 0, end: 10}, {start: 10, end: 20}, {start: 0, end: 100000}],
    limit: [3, 50],
    exclude: [
      ...sample(posts, most).map((doc) => ({
        excludeId: doc._id.replace(/^drafts\./, ''),
        categoryIds: categoryIds(doc),
        publishedAt: typeof doc.publishedAt === 'string' ? doc.publishedAt : new Date(now).toISOString(),
      })),
      {excludeId: 'none', categoryIds: [], publishedAt: new Date(now).toISOString()},
      {excludeId: 'none', categoryIds: ['no-such-category', 'category.skin-care'], publishedAt: '2026-01-01T00:00:00.000Z'},
    ],
    type: ['post', 'treatment', 'person', 'category', 'page', 'redirect'],
    window: [
      {from: '2000-01-01T00:00:00.000Z', to: new Date(now).toISOString()},
      {from: new Date(now).toISOString(), to: new Date(now + 400 * 86_400_000).toISOString()},
    ],
    after: ['2000-01-01T00:00:00.000Z', new Date(now).toISOString()],
    id: [...sample(unique(documents.map((doc) => doc._id.replace(/^drafts\./, ''))), most), 'no-such-id'],
    ids: [[], sample(documents.map((doc) => doc._id), 5), ['no-such-id']],
    language: ['en', 'zh-Hans'],
    field: ['title', '_id', 'no-such-field'],
    recentPosts: [0, 3, 20],
    pinnedPostIds: [[], ['post.can-you-close-pores-permanently', 'post.can-you-close-pores-permanently.zh-Hans'], ['no-such-id']],
  }
}

// Parameters that only make sense together are one choice of a group.
const GROUPS: Record<string, string> = {
  start: 'range',
  end: 'range',
  excludeId: 'exclude',
  categoryIds: 'exclude',
  publishedAt: 'exclude',
  from: 'window',
  to: 'window',
}

/** Every combination of the query's parameters' values (capped, evenly sampled beyond `most`). */
export function paramsFor(query: string, values: Record<string, unknown[]>, most = 200): QueryParams[] {
  const names = unique([...query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1])).filter((name) => name !== 'includeScheduled')
  const groups = unique(names.map((name) => GROUPS[name] ?? name))
  let combos: QueryParams[] = [{}]
  for (const group of groups) {
    const choices = values[group]
    if (!choices) throw new Error(`no test values for $${group}: add them to tests/unit/content/snapshot/query-params.ts`)
    const grouped = Object.values(GROUPS).includes(group)
    combos = combos.flatMap((combo) =>
      choices.map((choice) => ({...combo, ...(grouped ? (choice as QueryParams) : {[group]: choice as QueryParams[string]})})),
    )
  }
  return sample(combos, most)
}
