import type {Metadata, Viewport} from 'next'
import type {ReactNode} from 'react'
import {env} from '@/lib/platform/env'
import {inter, interItalic} from './fonts'
import './globals.css'

// What every root layout shares. The site's editions each have their own root layout
// (app/(site)/[locale]/layout.tsx, for `<html lang>`), so the staff area, the Studio and the bare
// size-baseline page have theirs too (Next allows one root layout per route group, not a mix).

export const rootMetadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
}

export const rootViewport: Viewport = {
  themeColor: [
    {media: '(prefers-color-scheme: light)', color: '#ffffff'},
    {media: '(prefers-color-scheme: dark)', color: '#020617'},
  ],
}

export function RootDocument({lang, children}: {lang: string; children: ReactNode}) {
  return (
    <html lang={lang} className={`${inter.variable} ${interItalic.variable}`}>
      <body className="font-sans">{children}</body>
    </html>
  )
}
