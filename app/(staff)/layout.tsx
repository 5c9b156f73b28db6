import type {ReactNode} from 'react'
import {RootDocument, rootMetadata, rootViewport} from '../root-document'

// The staff area's root layout: English only, its own chrome in staff/layout.tsx.
export const metadata = rootMetadata
export const viewport = rootViewport

export default function StaffRootLayout({children}: {children: ReactNode}) {
  return <RootDocument lang="en-SG">{children}</RootDocument>
}
