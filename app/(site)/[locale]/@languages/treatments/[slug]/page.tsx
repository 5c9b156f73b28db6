import {DocumentSwitch, type SlugParams} from '@/components/layout/LanguageSwitch'

export {generateStaticParams} from '../../../treatments/[slug]/page'

export default function Languages({params}: SlugParams) {
  return <DocumentSwitch params={params} type="treatment" />
}
