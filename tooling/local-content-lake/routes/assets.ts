import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {route} from '../context'
import {badRequest, notFound} from '../errors'
import {sendJson} from '../http'
import {svgProblems} from '../../../lib/content/svg-safety'
import {CONTENT_TYPES, imageInfo} from '../image-dimensions'
import type {LakeDocument} from '../store'
import {assertDataset, requireEditor} from './data'

const FILE_NAME = /^[a-f0-9]{40}-\d+x\d+\.[a-z0-9]+$/

export const assetRoutes = [
  // The CDN path. Transform parameters (?w=, ?fit=) are ignored: the original file is served.
  route(
    ['GET', 'HEAD'],
    /^\/images\/([^/]+)\/([^/]+)\/([^/]+)$/,
    (ctx, req, res, [, project, dataset, file]) => {
      if (project !== ctx.projectId) throw notFound(`Project "${project}" not found`)
      assertDataset(ctx, dataset)
      if (!FILE_NAME.test(file)) throw notFound(`Image "${file}" not found`)
      const filePath = path.join(ctx.imagesDir, file)
      if (!fs.existsSync(filePath)) throw notFound(`Image "${file}" not found`)
      const data = fs.readFileSync(filePath)
      const extension = path.extname(file).slice(1)
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'content-length': data.length,
        'cache-control': 'public, max-age=31536000, immutable',
      })
      res.end(req.method === 'HEAD' ? undefined : data)
    },
  ),

  route('POST', /^\/assets\/images\/([^/]+)$/, async (ctx, req, res, [, dataset], caller) => {
    assertDataset(ctx, dataset)
    requireEditor(caller, 'create')
    const data = await req.body()
    if (data.length === 0) throw badRequest('The upload is empty')
    const info = imageInfo(data)
    if (!info || info.width < 1 || info.height < 1)
      throw badRequest('The upload is not a PNG, JPEG, GIF, WebP or SVG image whose size can be read')
    // The site serves snapshot images from its own origin: an SVG that can run script or fetch
    // other things never enters the dataset.
    const unsafe = info.extension === 'svg' ? svgProblems(data.toString('utf8')) : []
    if (unsafe.length > 0) throw badRequest(`This SVG cannot be used: it ${unsafe.join('; ')}`)
    const sha1 = createHash('sha1').update(data).digest('hex')
    const file = `${sha1}-${info.width}x${info.height}.${info.extension}`
    const id = `image-${sha1}-${info.width}x${info.height}-${info.extension}`
    const existing = ctx.store.get(id)
    if (existing) return sendJson(res, 200, {document: existing})
    fs.mkdirSync(ctx.imagesDir, {recursive: true})
    fs.writeFileSync(path.join(ctx.imagesDir, file), data)
    const filename = req.url.searchParams.get('filename')
    const asset: LakeDocument = {
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      extension: info.extension,
      mimeType: info.mimeType,
      ...(filename ? {originalFilename: filename} : {}),
      // The export format's relative path, so content:export and the snapshot agree.
      path: `images/${file}`,
      sha1hash: sha1,
      size: data.length,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: {
          _type: 'sanity.imageDimensions',
          width: info.width,
          height: info.height,
          aspectRatio: info.width / info.height,
        },
      },
    }
    const committed = await ctx.store.exclusive(() => {
      const tx = ctx.store.begin()
      tx.put(id, asset, {create: asset})
      return ctx.store.commit(tx, caller.userId)
    })
    sendJson(res, 200, {document: committed.changes[0]?.after ?? ctx.store.get(id)})
  }),
]
