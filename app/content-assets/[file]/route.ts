import fs from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod'
import {snapshotDir} from '@/lib/content'
import {assetPolicy} from '@/lib/http/asset-policy.js'

// Files are named by content hash, so they can be cached for a year.
const fileName = z.string().regex(/^[a-zA-Z0-9]+-\d+x\d+\.(svg|png|jpg|jpeg|webp)$/)
const MIME: Record<string, string> = {svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp'}

export async function GET(_request: Request, {params}: {params: Promise<{file: string}>}) {
  const parsed = fileName.safeParse((await params).file)
  if (!parsed.success) return new Response('Not found', {status: 404})
  const file = parsed.data
  try {
    const body = await fs.readFile(/*turbopackIgnore: true*/ path.join(snapshotDir(), 'images', file))
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': MIME[file.split('.').pop()!],
        'Cache-Control': 'public, max-age=31536000, immutable',
        'Content-Security-Policy': assetPolicy,
      },
    })
  } catch {
    return new Response('Not found', {status: 404})
  }
}
