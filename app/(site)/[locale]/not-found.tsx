import {NotFoundContent} from '@/components/layout/NotFoundContent'

export default function SiteNotFound() {
  return <NotFoundContent />
}
