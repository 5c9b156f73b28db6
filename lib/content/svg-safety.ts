// An SVG is a document, not a picture: it can carry script, event handlers and references that
// make the browser fetch other things. The site serves snapshot images from its own origin, so an
// SVG that does any of that is refused where it enters the snapshot (upload to the local Content
// Lake, content:export, content:check). Deliberately strict: the clinic's illustrations need none
// of it, and a false refusal costs an editor a re-export from the drawing program.

const CHECKS: {pattern: RegExp; problem: string}[] = [
  {pattern: /<\s*(?:[\w-]+:)?script\b/i, problem: 'contains a <script> element'},
  {pattern: /<\s*(?:[\w-]+:)?foreignObject\b/i, problem: 'contains a <foreignObject> (HTML inside the SVG)'},
  {pattern: /<\s*(?:[\w-]+:)?(?:iframe|embed|object)\b/i, problem: 'embeds another document'},
  {pattern: /<!\s*(?:DOCTYPE|ENTITY)/i, problem: 'declares a DOCTYPE or entities'},
  {pattern: /<\?xml-stylesheet\b/i, problem: 'links a style sheet'},
  {pattern: /\son[a-z]+\s*=/i, problem: 'has an event-handler attribute (on...)'},
  {pattern: /javascript\s*:/i, problem: 'contains a javascript: URL'},
  {pattern: /@import\b/i, problem: 'imports a style sheet'},
  {pattern: /<\s*(?:[\w-]+:)?(?:animate|set)\b[^>]*\battributeName\s*=\s*["']?(?:[\w-]+:)?href\b/i, problem: 'animates a link target'},
]

// href, xlink:href and src may only point inside the file (#id) or hold an inline raster image.
const REFERENCE = /\s(?:[\w-]+:)?(?:href|src)\s*=\s*(["'])(.*?)\1/gis
const CSS_URL = /url\(\s*(["']?)(.*?)\1\s*\)/gis
const INTERNAL = /^(?:#|data:image\/(?:png|jpeg|gif|webp);base64,)/i

/** What makes this SVG unsafe to serve from the site's origin; empty when it is a plain picture. */
export function svgProblems(svg: string): string[] {
  const problems = CHECKS.filter(({pattern}) => pattern.test(svg)).map(({problem}) => problem)
  for (const pattern of [REFERENCE, CSS_URL]) {
    for (const match of svg.matchAll(pattern)) {
      const target = match[2].trim()
      if (!INTERNAL.test(target)) problems.push(`refers to something outside the file (${target.slice(0, 80)})`)
    }
  }
  return [...new Set(problems)]
}

export function isSvgFileName(name: string): boolean {
  return /\.svg$/i.test(name)
}
