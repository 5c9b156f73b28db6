// Run with tsx, outside Jest: @sanity/client's listen() loads its EventSource with a dynamic import,
// which Jest's CommonJS runtime cannot do. Prints each event as one JSON line.
import {createClient} from '@sanity/client'

const [apiHost, projectId, dataset, token, id] = process.argv.slice(2)
const client = createClient({
  apiHost,
  useProjectHostname: false,
  projectId,
  dataset,
  token,
  apiVersion: '2025-02-19',
  useCdn: false,
})
client.listen('*[_id == $id]', {id}, {events: ['welcome', 'mutation'], effectFormat: 'mendoza'}).subscribe({
  next: (event) => process.stdout.write(`${JSON.stringify(event)}\n`),
  error: (error: Error) => {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  },
})
