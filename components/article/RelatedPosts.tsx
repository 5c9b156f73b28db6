import type {PostCard as PostCardData} from '@/lib/content'
import {PostGrid} from './PostCard'

export function RelatedPosts({posts, title = 'Related reading'}: {posts: PostCardData[]; title?: string}) {
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="related-posts" className="mt-16">
      <h2 id="related-posts" className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
        {title}
      </h2>
      <div className="mt-6">
        <PostGrid posts={posts} />
      </div>
    </section>
  )
}
