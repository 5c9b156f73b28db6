import {contentHealthProbe} from '@/lib/content'
import {checkHealth, publicHealthReport} from '@/lib/platform/health/check-health'
import {log} from '@/lib/platform/log'

export const dynamic = 'force-dynamic'

// Anyone can call this (load balancers do, without credentials), so the answer says only what is
// up; why something is down goes to the log, where the operator looks anyway.
export async function GET() {
  const report = await checkHealth(contentHealthProbe())
  const down = Object.fromEntries(Object.entries(report.checks).filter(([, check]) => !check.ok))
  if (Object.keys(down).length > 0) log.warn('health.degraded', {down})
  return Response.json(publicHealthReport(report), {status: report.ok ? 200 : 503, headers: {'Cache-Control': 'no-store'}})
}
