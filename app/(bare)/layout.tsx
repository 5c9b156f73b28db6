import type {ReactNode} from 'react'
import {RootDocument, rootMetadata, rootViewport} from '../root-document'

// The size baseline's root layout: the same document shell as every page, nothing of the site's.
export const metadata = rootMetadata
export const viewport = rootViewport

export default function BareRootLayout({children}: {children: ReactNode}) {
  return <RootDocument lang="en-SG">{children}</RootDocument>
}
