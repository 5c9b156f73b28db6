import type {Metadata, Viewport} from 'next'
import type {ReactNode} from 'react'
import {env} from '@/lib/platform/env'
import {inter, interItalic} from './fonts'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
}

export const viewport: Viewport = {
  themeColor: [
    {media: '(prefers-color-scheme: light)', color: '#ffffff'},
    {media: '(prefers-color-scheme: dark)', color: '#020617'},
  ],
}

export default function RootLayout({children}: {children: ReactNode}) {
  return (
    <html lang="en-SG" className={`${inter.variable} ${interItalic.variable}`}>
      <body className="font-sans">{children}</body>
    </html>
  )
}
