import {ImageResponse} from 'next/og'

export const OG_SIZE = {width: 1200, height: 630}

// Satori reads ttf/otf/woff but not woff2, and the only Inter we ship is woff2; the card uses
// next/og's bundled font (no bold weight), so hierarchy comes from size and colour instead.
function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max).replace(/[,.;:]$/, '')}…`
}

export function ogCard({eyebrow, title, footer}: {eyebrow: string; title: string; footer: string}) {
  const size = title.length > 80 ? 52 : title.length > 50 ? 60 : 68
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: 'linear-gradient(135deg, #fbf8f3 0%, #effaf8 100%)',
          color: '#0b3b38',
        }}
      >
        <div style={{display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, color: '#115e59'}}>
          <div style={{width: 18, height: 18, borderRadius: 9, background: '#0f766e'}} />
          {eyebrow}
        </div>
        <div style={{display: 'flex', fontSize: size, lineHeight: 1.15, letterSpacing: -1, color: '#0f172a'}}>
          {title}
        </div>
        <div
          style={{
            display: 'flex',
            fontSize: 28,
            color: '#334155',
            borderTop: '3px solid #0f766e',
            paddingTop: 24,
          }}
        >
          {truncate(footer, 110)}
        </div>
      </div>
    ),
    OG_SIZE,
  )
}
