import fs from 'node:fs'
import path from 'node:path'
import {evaluate, parse} from 'groq-js'
import {WEBHOOK_PROJECTION, webhookPayloadSchema} from '@/lib/content/webhook-payload'

// The projection documented for the Sanity webhook, evaluated the way Sanity does (delta mode,
// with before() and after()), must produce bodies the route accepts.
async function project(before: object | null, after: object | null) {
  const result = await evaluate(parse(WEBHOOK_PROJECTION, {mode: 'delta'}), {root: after ?? before, before, after})
  return result.get()
}

const post = {_id: 'post.a', _type: 'post', title: 'A', slug: {_type: 'slug', current: 'a'}}

describe('the webhook projection', () => {
  it('update: current slug, previous slug and operation', async () => {
    const body = await project(post, {...post, title: 'B'})
    expect(webhookPayloadSchema.parse(body)).toEqual({_id: 'post.a', _type: 'post', slug: 'a', language: 'en', before: {slug: 'a'}, operation: 'update'})
  })

  it('names the edition of a translation, so its addresses are the /zh ones', async () => {
    const chinese = {...post, _id: 'post.a.zh-Hans', language: 'zh-Hans'}
    expect(webhookPayloadSchema.parse(await project(chinese, {...chinese, title: '乙'}))).toMatchObject({language: 'zh-Hans'})
  })

  it('rename: the old slug travels in before', async () => {
    const body = await project(post, {...post, slug: {_type: 'slug', current: 'b'}})
    expect(webhookPayloadSchema.parse(body)).toMatchObject({slug: 'b', before: {slug: 'a'}})
  })

  it('create and delete', async () => {
    expect(webhookPayloadSchema.parse(await project(null, post))).toMatchObject({operation: 'create', before: null})
    expect(webhookPayloadSchema.parse(await project(post, null))).toMatchObject({operation: 'delete', before: {slug: 'a'}})
  })

  it('clinic settings have no slug', async () => {
    const settings = {_id: 'clinicSettings', _type: 'clinicSettings'}
    expect(webhookPayloadSchema.parse(await project(settings, settings))).toMatchObject({_type: 'clinicSettings', slug: null})
  })

  it('is the same projection the local publish command sends', () => {
    const script = fs.readFileSync(path.join(process.cwd(), 'scripts/lib/snapshot-publish.mjs'), 'utf8')
    const match = script.match(/export const WEBHOOK_PROJECTION = `([^`]+)`/)
    expect(match?.[1]).toBe(WEBHOOK_PROJECTION)
  })
})
