import type {PostCard as PostCardData} from '@/lib/content'
import {PostGrid} from './PostCard'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {siteText} from '@/lib/i18n/site-text'

export function RelatedPosts({posts, title, locale = DEFAULT_LOCALE}: {posts: PostCardData[]; title?: string; locale?: Locale}) {
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="related-posts" className="mt-16">
      <h2 id="related-posts" className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
        {title ?? siteText(locale)('article.related')}
      </h2>
      <div className="mt-6">
        <PostGrid posts={posts} locale={locale} />
      </div>
    </section>
  )
}
