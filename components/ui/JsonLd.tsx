import {serializeJsonLd, type JsonLdGraph} from '@/lib/seo/json-ld'

export function JsonLd({data}: {data: JsonLdGraph}) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{__html: serializeJsonLd(data)}} />
}
