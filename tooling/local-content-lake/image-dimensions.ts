export type ImageInfo = {width: number; height: number; extension: string; mimeType: string}

function svgSize(text: string): {width: number; height: number} | null {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0]
  if (!tag) return null
  const attr = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)(px)?\\s*["']`, 'i').exec(tag)?.[1]
  const width = Number(attr('width'))
  const height = Number(attr('height'))
  if (width > 0 && height > 0) return {width: Math.round(width), height: Math.round(height)}
  const box = /\sviewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/i.exec(tag)
  return box ? {width: Math.round(Number(box[1])), height: Math.round(Number(box[2]))} : null
}

function jpegSize(buf: Buffer): {width: number; height: number} | null {
  let offset = 2
  while (offset + 9 < buf.length) {
    if (buf[offset] !== 0xff) return null
    const marker = buf[offset + 1]
    const length = buf.readUInt16BE(offset + 2)
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return {height: buf.readUInt16BE(offset + 5), width: buf.readUInt16BE(offset + 7)}
    }
    offset += 2 + length
  }
  return null
}

function webpSize(buf: Buffer): {width: number; height: number} | null {
  const chunk = buf.toString('ascii', 12, 16)
  if (chunk === 'VP8X') return {width: 1 + buf.readUIntLE(24, 3), height: 1 + buf.readUIntLE(27, 3)}
  if (chunk === 'VP8 ') return {width: buf.readUInt16LE(26) & 0x3fff, height: buf.readUInt16LE(28) & 0x3fff}
  if (chunk === 'VP8L') {
    const bits = buf.readUInt32LE(21)
    return {width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1}
  }
  return null
}

/** The size Sanity puts in an image asset's id (`image-<sha1>-<w>x<h>-<ext>`), read from the file's header. */
export function imageInfo(buf: Buffer): ImageInfo | null {
  if (buf.length > 24 && buf.readUInt32BE(0) === 0x89504e47) {
    return {
      width: buf.readUInt32BE(16),
      height: buf.readUInt32BE(20),
      extension: 'png',
      mimeType: 'image/png',
    }
  }
  if (buf.length > 4 && buf[0] === 0xff && buf[1] === 0xd8) {
    const size = jpegSize(buf)
    return size && {...size, extension: 'jpg', mimeType: 'image/jpeg'}
  }
  if (buf.length > 10 && buf.toString('ascii', 0, 3) === 'GIF') {
    return {width: buf.readUInt16LE(6), height: buf.readUInt16LE(8), extension: 'gif', mimeType: 'image/gif'}
  }
  if (buf.length > 30 && buf.toString('ascii', 0, 4) === 'RIFF' && buf.toString('ascii', 8, 12) === 'WEBP') {
    const size = webpSize(buf)
    return size && {...size, extension: 'webp', mimeType: 'image/webp'}
  }
  const size = svgSize(buf.subarray(0, 4096).toString('utf8'))
  return size && {...size, extension: 'svg', mimeType: 'image/svg+xml'}
}

export const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
}
