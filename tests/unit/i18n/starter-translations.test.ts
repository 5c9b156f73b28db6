import fs from 'node:fs'
import path from 'node:path'
import {checkSnapshot} from '@/lib/content/snapshot-check'
import {parseNdjson, snapshotDir, snapshotFile, type SnapshotDocument} from '@/lib/content/snapshot-source'

// The Chinese starter documents and their links, as the contract (#27) describes them.
const documents = parseNdjson(fs.readFileSync(snapshotFile(), 'utf8'), 'snapshot')
const byId = new Map(documents.map((d) => [d._id, d]))
const TRANSLATABLE = ['post', 'treatment', 'person', 'category', 'clinicSettings', 'page']
const chinese = documents.filter((d) => d.language === 'zh-Hans')
const metadata = documents.filter((d) => d._type === 'translation.metadata')
const ref = (value: unknown) => (value as {_ref?: string} | undefined)?._ref

function refsIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, into))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '_ref' && typeof v === 'string') into.push(v)
      else refsIn(v, into)
    }
  }
  return into
}

it('every document of a translatable type says its language', () => {
  const unlabelled = documents.filter((d) => TRANSLATABLE.includes(d._type) && !['en', 'zh-Hans'].includes(String(d.language)))
  expect(unlabelled.map((d) => d._id)).toEqual([])
})

it('has the Chinese guide, the four treatments, the clinic settings and what they reference', () => {
  const ids = chinese.map((d) => d._id)
  expect(ids).toEqual(
    expect.arrayContaining([
      'post.can-you-close-pores-permanently.zh-Hans',
      'treatment.chemical-peel.zh-Hans',
      'treatment.microneedling.zh-Hans',
      'treatment.fractional-laser-resurfacing.zh-Hans',
      'treatment.medical-extraction-facial.zh-Hans',
      'clinicSettings.zh-Hans',
    ]),
  )
  for (const doc of chinese) {
    const english = byId.get(doc._id === 'clinicSettings.zh-Hans' ? 'clinicSettings' : doc._id.replace(/\.zh-Hans$/, ''))
    expect([doc._id, english?.language, english?._type]).toEqual([doc._id, 'en', doc._type])
    expect((doc.slug as {current?: string} | undefined)?.current).toBe((english?.slug as {current?: string} | undefined)?.current)
  }
})

it('each pair is linked by translation metadata in the plugin format', () => {
  for (const doc of chinese) {
    const englishId = doc._id === 'clinicSettings.zh-Hans' ? 'clinicSettings' : doc._id.replace(/\.zh-Hans$/, '')
    const meta = byId.get(`translation.metadata.${englishId}`) as SnapshotDocument & {translations: {_key: string; _type: string; value: {_ref: string; _weak: boolean}}[]}
    expect(meta?.schemaTypes).toEqual([doc._type])
    expect(meta.translations.map((t) => [t._key, t._type, t.value._ref, t.value._weak])).toEqual([
      ['en', 'internationalizedArrayReferenceValue', englishId, true],
      ['zh-Hans', 'internationalizedArrayReferenceValue', doc._id, true],
    ])
  }
  expect(metadata).toHaveLength(chinese.length)
})

it('a Chinese document references the Chinese version of whatever has one', () => {
  const translated = new Set(chinese.map((d) => d._id.replace(/\.zh-Hans$/, '')))
  for (const doc of chinese) {
    const untranslatedRefs = refsIn(doc).filter((id) => translated.has(id))
    expect([doc._id, untranslatedRefs]).toEqual([doc._id, []])
  }
})

it('each translation has its own medical reviewer and review date, and no text in English', () => {
  const guide = byId.get('post.can-you-close-pores-permanently.zh-Hans')!
  expect(byId.get(ref(guide.medicalReviewer)!)?.language).toBe('zh-Hans')
  expect(guide.lastReviewedAt).not.toBe(byId.get('post.can-you-close-pores-permanently')?.lastReviewedAt)
  for (const doc of chinese.filter((d) => d._type === 'treatment')) {
    expect(byId.get(ref(doc.reviewer)!)?.isDoctor).toBe(true)
    expect(doc.lastReviewedAt).not.toBe(byId.get(doc._id.replace(/\.zh-Hans$/, ''))?.lastReviewedAt)
  }
  for (const doc of chinese.filter((d) => ['post', 'treatment'].includes(d._type))) {
    const text = JSON.stringify([doc.title ?? doc.name, doc.excerpt ?? doc.summary])
    expect([doc._id, /\p{Script=Han}/u.test(text)]).toEqual([doc._id, true])
  }
})

describe('content:check with translations', () => {
  const images = path.join(snapshotDir(), 'images')
  const slugProblems = (docs: SnapshotDocument[]) => checkSnapshot(docs, images).filter((p) => p.path === 'slug')

  it('lets a translation keep the English address', () => {
    expect(slugProblems(documents)).toEqual([])
  })

  it('still catches two documents of one type and language sharing an address', () => {
    const copy = {...byId.get('treatment.chemical-peel.zh-Hans')!, _id: 'treatment.second-peel.zh-Hans'}
    expect(slugProblems([...documents, copy]).map((p) => p.documentId)).toEqual(['treatment.second-peel.zh-Hans'])
  })
})
