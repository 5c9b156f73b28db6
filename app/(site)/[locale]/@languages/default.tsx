import {HomeSwitch} from '@/components/layout/LanguageSwitch'

// The header's language link on a page with no slot page of its own (a listing's later pages, the
// 404, the thanks page): the other edition's home. Every folder of this slot re-exports it, so no
// route of the site goes without.
export default function Languages({params}: {params: Promise<{locale: string}>}) {
  return <HomeSwitch params={params} />
}
