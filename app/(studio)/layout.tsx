import type {ReactNode} from 'react'
import {RootDocument, rootMetadata, rootViewport} from '../root-document'

// The embedded Studio's root layout (its interface is English).
export const metadata = rootMetadata
export const viewport = rootViewport

export default function StudioRootLayout({children}: {children: ReactNode}) {
  return <RootDocument lang="en-SG">{children}</RootDocument>
}
