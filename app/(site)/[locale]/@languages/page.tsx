import {FixedPageSwitch} from '@/components/layout/LanguageSwitch'

// The language link in the header of each page (app/(site)/[locale]/layout.tsx places this slot).
export default function Languages({params}: {params: Promise<{locale: string}>}) {
  return <FixedPageSwitch params={params} page={(paths) => paths.home()} />
}
