import {FixedPageSwitch} from '@/components/layout/LanguageSwitch'

export default function Languages({params}: {params: Promise<{locale: string}>}) {
  return <FixedPageSwitch params={params} page={(paths) => paths.book()} />
}
