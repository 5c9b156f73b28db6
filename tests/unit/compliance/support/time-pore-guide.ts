// Development aid: how long the checker takes on the pore guide, the longest starter document.
//   npx tsx tests/unit/compliance/support/time-pore-guide.ts
// Prints the first (cold) check and the median of later (warm) checks; timings are not asserted.
import {readFileSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import {findAll} from '@/lib/compliance'

const doc = readFileSync('sanity/dataset/data.ndjson', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as {_id: string})
  .find((d) => d._id === 'post.can-you-close-pores-permanently')
if (!doc) throw new Error('pore guide not found in sanity/dataset/data.ndjson')

const times: number[] = []
for (let i = 0; i < 21; i++) {
  const started = performance.now()
  findAll(doc)
  times.push(performance.now() - started)
}
const warm = times.slice(1).sort((a, b) => a - b)
process.stdout.write(
  `cold ${times[0]?.toFixed(1)} ms, warm median ${warm[Math.floor(warm.length / 2)]?.toFixed(1)} ms, warm max ${warm[warm.length - 1]?.toFixed(1)} ms\n`,
)
