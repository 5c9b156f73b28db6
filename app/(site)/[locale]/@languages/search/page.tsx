import {FixedPageSwitch} from '@/components/layout/LanguageSwitch'

// The search page of the other edition, without the query (it searches that edition's pages).
export default function Languages({params}: {params: Promise<{locale: string}>}) {
  return <FixedPageSwitch params={params} page={(paths) => paths.home().replace(/\/?$/, '/search')} />
}
