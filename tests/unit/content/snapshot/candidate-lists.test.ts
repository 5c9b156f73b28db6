import {isDeepStrictEqual} from 'node:util'
import {DatasetIndex} from '@/lib/content/snapshot/dataset-index'
import type {SnapshotDocument} from '@/lib/content/snapshot-source'
import {fullScan, indexed} from './evaluators'

// The index answers a narrowed `*[...]` with the documents in the candidate list of every conjunct
// of the filter it can answer (the shortest list, less what the others rule out), values computed
// per row included (candidate-key.ts encodes them).

/** An index that records the length of every candidate list it hands out. */
function recording(documents: SnapshotDocument[]) {
  const lengths: number[] = []
  class Recording extends DatasetIndex {
    candidates(key: string) {
      const list = super.candidates(key)
      lengths.push(list ? list.length : -1)
      return list
    }
  }
  return {lengths, run: indexed(documents, (docs) => new Recording(docs))}
}

const doc = (id: string, type: string, fields: Record<string, unknown> = {}): SnapshotDocument => ({_id: id, _type: type, ...fields}) as SnapshotDocument

describe('the candidates', () => {
  // 300 posts reference one category; the translation metadata documents are two.
  const documents = [
    doc('category.a', 'category', {language: 'en'}),
    doc('category.b', 'category', {language: 'en'}),
    ...Array.from({length: 300}, (_, i) => doc(`post.${i}`, 'post', {categories: [{_ref: 'category.a'}], slug: {current: `p${i}`}})),
    doc('meta.1', 'translation.metadata', {translations: [{_key: 'en', value: {_ref: 'category.a'}}]}),
    doc('meta.2', 'translation.metadata', {translations: [{_key: 'en', value: {_ref: 'category.b'}}]}),
  ]
  const query = '*[_type == "category"] | order(_id){_id, "meta": *[_type == "translation.metadata" && references(^._id)]._id}'

  it('are the documents of the type that reference the document, with the answer of a full scan', async () => {
    const {lengths, run} = recording(documents)
    const answer = await run(query, {}, 'published')
    expect(answer).toEqual(await fullScan(documents)(query, {}, 'published'))
    expect(answer).toEqual([{_id: 'category.a', meta: ['meta.1']}, {_id: 'category.b', meta: ['meta.2']}])
    // One list for the categories (2 documents), then per category the one metadata document
    // that references it: not the 300 posts that reference category.a, nor both metadata documents.
    expect(lengths).toEqual([2, 1, 1])
  })

  it('are none when no document of the type references the document', async () => {
    const {lengths, run} = recording(documents)
    const q = '*[_type == "post" && references("category.b")]._id'
    expect(await run(q, {}, 'published')).toEqual([])
    // meta.2 references it, but it is not a post.
    expect(lengths).toEqual([0])
  })

  it('leaves out a value that is not a string, and scans every document when none is left', async () => {
    const {lengths, run} = recording(documents)
    // `^.missing` is null: the type's list serves (300 posts).
    const some = '*[_id == "category.a"]{"posts": count(*[_type == "post" && slug.current == ^.missing])}'
    expect(await run(some, {}, 'published')).toEqual(await fullScan(documents)(some, {}, 'published'))
    expect(lengths).toEqual([1, 300])
    lengths.length = 0
    const none = '*[_id == "category.a"]{"posts": count(*[slug.current == ^.missing])}'
    // GROQ's null == null: the four documents without a slug, found by trying every document.
    expect(await run(none, {}, 'published')).toEqual([{posts: 4}])
    expect(await fullScan(documents)(none, {}, 'published')).toEqual([{posts: 4}])
    expect(lengths).toEqual([1, -1])
  })
})

describe('a value computed per row reaches the index intact', () => {
  // Each value is matched through a key built in GROQ (length, colon, value), so values that look
  // like the encoding itself, NUL, astral characters and lone surrogates must all decode exactly.
  const values = ['', '-', ':', '3:abc', '12', 'a-b:c', 'x\u0000y', '\u0000snapshot-index\u0000', '😀', 'a😀b', 'a\ud800', '\ud800', '\udc00z', 'slug with spaces', '毛孔']
  const documents = values.flatMap((value, i) => [
    doc(`row.${i}`, 'row', {rowKey: value, rowOther: `o${i}`}),
    doc(`match.${i}`, 'match', {key: value, other: `o${i}`}),
  ])
  const query = '*[_type == "row"]{"key": rowKey, "matches": *[_type == "match" && key == ^.rowKey && other == ^.rowOther]._id}'

  it('finds the one match of each row, as a full scan does', async () => {
    const {lengths, run} = recording(documents)
    const answer = await run<Array<{key: string; matches: string[]}>>(query, {}, 'published')
    expect(isDeepStrictEqual(answer, await fullScan(documents)(query, {}, 'published'))).toBe(true)
    expect(answer.map((row) => row.matches)).toEqual(values.map((_, i) => [`match.${i}`]))
    // The rows' list, then one document per row: both computed values decoded.
    expect(lengths).toEqual([values.length, ...values.map(() => 1)])
  })
})
