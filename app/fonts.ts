import localFont from 'next/font/local'

// Self-hosted from the npm package: Google-hosted fonts are fetched at build time, which fails offline.
// Two families because next/font preloads per family, not per face: the first screen of every page
// is upright text, so only the upright file is preloaded. Each preload competes with the HTML and
// CSS for a throttled phone's bandwidth before the first paint (the italic file is 52 KB).
// (next/font accepts only literals, hence the repeated fallback list.)
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  style: 'normal',
  weight: '100 900',
  variable: '--font-inter',
  display: 'swap',
  fallback: ['system-ui', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
})

// Loaded by the browser only when italic text is on the page (see globals.css).
export const interItalic = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-italic.woff2',
  style: 'italic',
  weight: '100 900',
  variable: '--font-inter-italic',
  display: 'swap',
  preload: false,
  fallback: ['system-ui', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
})
