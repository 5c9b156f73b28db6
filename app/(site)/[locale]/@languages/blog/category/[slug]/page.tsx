import {DocumentSwitch, type SlugParams} from '@/components/layout/LanguageSwitch'

export {generateStaticParams} from '../../../../blog/category/[slug]/page'

export default function Languages({params}: SlugParams) {
  return <DocumentSwitch params={params} type="category" />
}
