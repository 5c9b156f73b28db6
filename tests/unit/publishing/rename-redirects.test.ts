import type {ChangedDocument} from '@/lib/content/webhook-payload'
import {
  planRedirectsForChange,
  redirectIdFor,
  type RedirectPlan,
  type RedirectStore,
  type StoredRedirect,
  updateRedirectsForChange,
} from '@/lib/publishing/rename-redirects'

const renamed = (from: string, to: string, type: ChangedDocument['_type'] = 'post'): ChangedDocument => ({
  _id: `${type}.x`,
  _type: type,
  slug: to,
  before: {slug: from},
  operation: 'update',
})

/** The redirects as a reader meets them: from -> to, sorted. */
const asPairs = (redirects: StoredRedirect[]) => redirects.map((r) => `${String(r.from)} -> ${String(r.to)}`).sort()

/** A store in memory that applies plans the way both real stores do (whole documents, deletes by id). */
function memoryStore(initial: StoredRedirect[] = []): RedirectStore & {docs: StoredRedirect[]; writes: RedirectPlan[]} {
  const store = {
    docs: [...initial],
    writes: [] as RedirectPlan[],
    list: async () => store.docs.map((d) => ({...d})),
    apply: async (plan: RedirectPlan) => {
      store.writes.push(plan)
      store.docs = store.docs.filter((d) => !plan.remove.includes(d._id) && !plan.put.some((p) => p._id === d._id))
      store.docs.push(...plan.put)
    },
  }
  return store
}

describe('the redirects a publish leaves behind', () => {
  it('a renamed post leaves a permanent redirect from its old address to its new one', async () => {
    const store = memoryStore()
    await updateRedirectsForChange(renamed('old', 'new'), store)
    expect(store.docs).toEqual([
      expect.objectContaining({_id: redirectIdFor('/blog/old'), _type: 'redirect', from: '/blog/old', to: '/blog/new', permanent: true}),
    ])
  })

  it.each([
    ['treatment', '/treatments/a', '/treatments/b'],
    ['person', '/people/a', '/people/b'],
    ['category', '/blog/category/a', '/blog/category/b'],
  ] as const)('a renamed %s redirects its own kind of address', async (type, from, to) => {
    const store = memoryStore()
    await updateRedirectsForChange(renamed('a', 'b', type), store)
    expect(asPairs(store.docs)).toEqual([`${from} -> ${to}`])
  })

  it('the same webhook delivered twice writes one redirect, once', async () => {
    const store = memoryStore()
    await updateRedirectsForChange(renamed('old', 'new'), store)
    const again = await updateRedirectsForChange(renamed('old', 'new'), store)
    expect(again).toEqual({put: [], remove: []})
    expect(store.docs).toHaveLength(1)
    expect(store.writes).toHaveLength(1)
  })

  it('A -> B, then B -> C, leaves A -> C and B -> C: no chain', async () => {
    const store = memoryStore()
    await updateRedirectsForChange(renamed('a', 'b'), store)
    await updateRedirectsForChange(renamed('b', 'c'), store)
    expect(asPairs(store.docs)).toEqual(['/blog/a -> /blog/c', '/blog/b -> /blog/c'])
  })

  it('renaming back (A -> B, then B -> A) removes A -> B, so there is never a loop', async () => {
    const store = memoryStore()
    await updateRedirectsForChange(renamed('a', 'b'), store)
    await updateRedirectsForChange(renamed('b', 'a'), store)
    expect(asPairs(store.docs)).toEqual(['/blog/b -> /blog/a'])
    await updateRedirectsForChange(renamed('a', 'b'), store)
    expect(asPairs(store.docs)).toEqual(['/blog/a -> /blog/b'])
  })

  it("an editor's redirect from the old address is reused, keeping its note; one to the old address follows the page", () => {
    const byHand: StoredRedirect[] = [
      {_id: 'wp-1', _type: 'redirect', from: '/blog/old/', to: '/treatments', permanent: false, note: 'from WordPress'},
      {_id: 'wp-2', _type: 'redirect', from: '/2019/05/pores/', to: '/blog/old', permanent: true},
    ]
    const plan = planRedirectsForChange(renamed('old', 'new'), byHand)
    expect(plan.remove).toEqual([])
    expect(plan.put).toEqual([
      {_id: 'wp-2', _type: 'redirect', from: '/2019/05/pores/', to: '/blog/new', permanent: true},
      {_id: 'wp-1', _type: 'redirect', from: '/blog/old/', to: '/blog/new', permanent: true, note: 'from WordPress'},
    ])
  })

  it('a publish that keeps the address, a deletion and a draft change no redirect', () => {
    const existing: StoredRedirect[] = [{_id: 'r', from: '/blog/a', to: '/blog/b', permanent: true}]
    const none = {put: [], remove: []}
    expect(planRedirectsForChange({...renamed('b', 'b')}, existing)).toEqual(none)
    expect(planRedirectsForChange({_id: 'post.x', _type: 'post', slug: null, before: {slug: 'b'}, operation: 'delete'}, existing)).toEqual(none)
    expect(planRedirectsForChange({...renamed('b', 'c'), _id: 'drafts.post.x'}, existing)).toEqual(none)
    expect(planRedirectsForChange({...renamed('b', 'c'), before: null, operation: 'create'}, existing)).toEqual(none)
  })

  it('clinic settings and redirects themselves leave no redirect', () => {
    expect(planRedirectsForChange({_id: 'clinicSettings', _type: 'clinicSettings', slug: null, before: null}, [])).toEqual({put: [], remove: []})
    expect(planRedirectsForChange({_id: 'redirect.x', _type: 'redirect', slug: null, before: null}, [])).toEqual({put: [], remove: []})
  })

  it('the id depends only on the old address', () => {
    expect(redirectIdFor('/blog/a')).toBe(redirectIdFor('/blog/a'))
    expect(redirectIdFor('/blog/a')).not.toBe(redirectIdFor('/blog/b'))
    expect(redirectIdFor('/blog/a')).toMatch(/^redirect\.[0-9a-f]{24}$/)
  })
})
