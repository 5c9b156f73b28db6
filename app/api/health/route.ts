import {checkHealth} from '@/lib/health/check-health'
import {log} from '@/lib/log'

export const dynamic = 'force-dynamic'

export async function GET() {
  const report = await checkHealth()
  if (!report.ok) {
    const down = Object.entries(report.checks).filter(([, check]) => !check.ok).map(([name, check]) => `${name} (${check.kind}): ${check.error}`)
    log.warn('health.degraded', {down})
  }
  return Response.json(report, {status: report.ok ? 200 : 503, headers: {'Cache-Control': 'no-store'}})
}
