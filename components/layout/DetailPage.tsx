import type {ReactNode} from 'react'
import {Breadcrumbs} from '@/components/ui/Breadcrumbs'
import {JsonLd} from '@/components/ui/JsonLd'
import type {Crumb, JsonLdGraph} from '@/lib/seo/json-ld'

/** The frame of a page about one thing (an article, a treatment): its structured data, then the trail. */
export function DetailPage({
  graph,
  crumbs,
  children,
}: {
  graph: JsonLdGraph
  crumbs: Crumb[]
  children: ReactNode
}) {
  return (
    <div className="mx-auto max-w-6xl px-4 pb-8 sm:px-6">
      <JsonLd data={graph} />
      <div className="pt-2">
        <Breadcrumbs crumbs={crumbs} />
      </div>
      {children}
    </div>
  )
}
