import {handlePublishDue} from '@/lib/publishing'

// Scheduled posts go live (and taken-down posts go) by revalidating their pages at their time.
// A long-running server's own timer calls this; on serverless hosting a scheduler calls it every
// minute with `Authorization: Bearer $CRON_SECRET` (docs/publishing.md, "Scheduled posts").

export const dynamic = 'force-dynamic'

export const GET = handlePublishDue
