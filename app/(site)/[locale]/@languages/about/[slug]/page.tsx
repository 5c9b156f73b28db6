import {DocumentSwitch, type SlugParams} from '@/components/layout/LanguageSwitch'

export {generateStaticParams} from '../../../about/[slug]/page'

export default function Languages({params}: SlugParams) {
  return <DocumentSwitch params={params} type="page" />
}
