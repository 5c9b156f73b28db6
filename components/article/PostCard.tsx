import type {PostCard as PostCardData} from '@/lib/content'
import {ContentImage} from '@/components/ui/ContentImage'
import {DateTime} from '@/components/ui/DateTime'
import {DEFAULT_LOCALE, type Locale} from '@/lib/i18n/locales'
import {pathsFor} from '@/lib/routes/paths'

export function PostCard({
  post,
  titleAs: Title = 'h3',
  eager = false,
  locale = DEFAULT_LOCALE,
}: {
  post: PostCardData
  titleAs?: 'h2' | 'h3'
  eager?: boolean
  locale?: Locale
}) {
  if (!post.slug || !post.title) return null
  return (
    <article className="group relative flex w-full flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md dark:border-slate-700 dark:bg-slate-900">
      {post.coverImage?.asset && (
        <ContentImage
          image={post.coverImage}
          width={800}
          aspect={16 / 9}
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-video w-full object-cover"
          decorative
          eager={eager}
        />
      )}
      <div className="flex flex-1 flex-col gap-2 p-5">
        {post.categories?.[0]?.title && (
          <p className="text-sm font-medium text-brand-700 dark:text-brand-100">{post.categories[0].title}</p>
        )}
        <Title className="text-lg font-semibold leading-snug text-slate-900 dark:text-white">
          {/* The whole card is clickable through this link's ::after; the name stays one link for screen readers. */}
          <a
            href={pathsFor(locale).post(post.slug)}
            className="after:absolute after:inset-0 group-hover:underline group-hover:underline-offset-4"
          >
            {post.title}
          </a>
        </Title>
        {post.excerpt && (
          <p className="line-clamp-3 text-base text-slate-700 dark:text-slate-300">{post.excerpt}</p>
        )}
        <p className="mt-auto flex flex-wrap gap-x-3 pt-2 text-sm text-slate-600 dark:text-slate-400">
          {/* No reading time here: the card's word count (GROQ pt::text) skips callouts and questions,
              so it would disagree with the article's own figure. */}
          <DateTime value={post.publishedAt} locale={locale} />
        </p>
      </div>
    </article>
  )
}

export function PostGrid({
  posts,
  titleAs,
  eagerFirst,
  locale,
}: {
  posts: PostCardData[]
  titleAs?: 'h2' | 'h3'
  eagerFirst?: boolean
  locale?: Locale
}) {
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {posts.map((post, i) => (
        <li key={post._id} className="flex">
          <PostCard post={post} titleAs={titleAs} eager={eagerFirst && i === 0} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
