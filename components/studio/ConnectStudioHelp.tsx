import Link from 'next/link'

// Shown at /studio when no Sanity project is configured: offline the Studio would only reach its
// crash screen, so this says how to connect one instead.
export function ConnectStudioHelp() {
  return (
    <main className="mx-auto max-w-2xl px-5 py-12">
      <h1 className="text-3xl font-semibold tracking-tight">Connect a Sanity project to edit content</h1>
      <p className="mt-4">
        This site is running on the content snapshot bundled with the code, so there is no Studio to sign in to yet.
        The pages you see come from <code>sanity/dataset/data.ndjson</code>.
      </p>
      <h2 className="mt-8 text-xl font-semibold">Try the Studio offline</h2>
      <p className="mt-3">
        <code>npm run edit</code> runs the real Studio and this site against a local Content Lake (for development and
        tests only) on a working copy of the snapshot; <code>npm run edit:save</code> writes your edits back to{' '}
        <code>sanity/dataset</code>.
      </p>
      <h2 className="mt-8 text-xl font-semibold">To start editing</h2>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        <li>
          Create a free project at sanity.io/manage and note its project id. Add <code>http://localhost:3000</code> and
          your site&apos;s address under API &rarr; CORS origins, with credentials allowed.
        </li>
        <li>
          Create an API token with Editor rights and load the starter content:
          <pre className="mt-2 overflow-x-auto rounded bg-slate-100 p-3 text-sm dark:bg-slate-800">
            SANITY_PROJECT_ID=&lt;id&gt; SANITY_API_WRITE_TOKEN=&lt;token&gt; npm run content:import
          </pre>
        </li>
        <li>
          Set <code>SANITY_PROJECT_ID</code> (and <code>SANITY_DATASET</code>, <code>SANITY_API_READ_TOKEN</code>,{' '}
          <code>SANITY_REVALIDATE_SECRET</code>) in the environment, then rebuild and restart the site. This page then
          becomes the Studio.
        </li>
        <li>Create the publish webhook described in the README so that published changes go live within seconds.</li>
      </ol>
      <p className="mt-8">
        <Link className="text-brand-700 underline underline-offset-4" href="/">
          Back to the site
        </Link>
      </p>
    </main>
  )
}
