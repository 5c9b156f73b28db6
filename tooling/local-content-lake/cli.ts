import {parseArgs} from 'node:util'
import {z} from 'zod'
import {DEMO_EDITOR_TOKEN, startLocalContentLake} from './server'

const port = z.coerce.number().int().min(0).max(65535)
const optionsSchema = z
  .object({
    dir: z.string().min(1, '--dir <working copy with data.ndjson and images/> is required'),
    port: port.default(3999),
    'http-port': port.default(0),
    project: z
      .string()
      .regex(/^[a-z0-9-]+$/, '--project must be lower-case letters, digits and dashes')
      .default('local'),
    dataset: z
      .string()
      .regex(/^[a-z0-9_-]+$/, '--dataset must be lower-case letters, digits, _ and -')
      .default('production'),
    token: z
      .string()
      .min(32, '--token must be 32 characters or more (the Studio refuses shorter ones)')
      .default(DEMO_EDITOR_TOKEN),
    'webhook-url': z.url().optional(),
    'webhook-secret': z.string().min(1).optional(),
    strict: z.boolean().default(false),
    'write-delay-ms': z.coerce.number().int().min(0).default(200),
  })
  .refine((o) => !o['webhook-url'] === !o['webhook-secret'], {
    message: '--webhook-url and --webhook-secret go together',
  })

async function main() {
  const {values} = parseArgs({
    options: {
      dir: {type: 'string'},
      port: {type: 'string'},
      'http-port': {type: 'string'},
      project: {type: 'string'},
      dataset: {type: 'string'},
      token: {type: 'string'},
      'webhook-url': {type: 'string'},
      'webhook-secret': {type: 'string'},
      strict: {type: 'boolean'},
      'write-delay-ms': {type: 'string'},
    },
  })
  const parsed = optionsSchema.safeParse(values)
  if (!parsed.success) {
    process.stderr.write(`local-content-lake: ${z.prettifyError(parsed.error)}\n`)
    process.exit(2)
  }
  const o = parsed.data
  const lake = await startLocalContentLake({
    dir: o.dir,
    port: o.port,
    httpPort: o['http-port'],
    projectId: o.project,
    dataset: o.dataset,
    token: o.token,
    strict: o.strict,
    writeDelayMs: o['write-delay-ms'],
    webhook:
      o['webhook-url'] && o['webhook-secret']
        ? {url: o['webhook-url'], secret: o['webhook-secret'], projectId: o.project, dataset: o.dataset}
        : undefined,
  })
  const ready = {
    event: 'lake.ready',
    url: lake.url,
    httpUrl: lake.httpUrl,
    ca: lake.caPath,
    token: lake.token,
    projectId: lake.projectId,
    dataset: lake.dataset,
  }
  process.stdout.write(`${JSON.stringify(ready)}\n`)
  const stop = () => {
    void lake.close().then(() => process.exit(0))
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main().catch((error: Error) => {
  process.stderr.write(`local-content-lake: ${error.message}\n`)
  process.exit(1)
})
