import fs from 'node:fs'
import path from 'node:path'
import type {Post, Settings, Treatment, TreatmentCard} from '@/lib/content'
import {postBySlugQuery, settingsQuery, treatmentBySlugQuery, treatmentsQuery} from '@/lib/content/queries'
import {runQuery} from '@/lib/content/source'

export const SITE_URL = 'https://clinic.example.sg'

/** The raw snapshot documents, read independently of the content layer, to check its output against. */
export function snapshotDocuments(): Array<{
  _id: string
  _type: string
  slug?: {current?: string}
  title?: string
}> {
  return fs
    .readFileSync(path.join(process.cwd(), 'sanity', 'dataset', 'data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
}

export async function loadArticle(slug: string) {
  const [post, settings, treatments] = await Promise.all([
    runQuery<Post | null>(postBySlugQuery, {slug}, 'published'),
    runQuery<Settings>(settingsQuery, {}, 'published'),
    runQuery<TreatmentCard[]>(treatmentsQuery, {}, 'published'),
  ])
  return {post: post!, settings, treatments}
}

export async function loadTreatment(slug: string) {
  const [treatment, settings, treatments] = await Promise.all([
    runQuery<Treatment | null>(treatmentBySlugQuery, {slug}, 'published'),
    runQuery<Settings>(settingsQuery, {}, 'published'),
    runQuery<TreatmentCard[]>(treatmentsQuery, {}, 'published'),
  ])
  return {treatment: treatment!, settings, treatments}
}
