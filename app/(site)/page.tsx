import Link from 'next/link'
import {getLatestPosts} from '@/lib/content'

export default async function HomePage() {
  const posts = await getLatestPosts(20)
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-10">
      <h1 className="text-3xl font-semibold">Clinic journal</h1>
      <ul className="mt-6 space-y-4">
        {posts.map((post) => (
          <li key={post._id}>
            <Link href={`/blog/${post.slug}`} className="text-lg underline">
              {post.title}
            </Link>
            <p className="text-slate-600 dark:text-slate-300">{post.excerpt}</p>
          </li>
        ))}
      </ul>
    </main>
  )
}
