import {handlePublishWebhook} from '@/lib/publishing'

export const POST = handlePublishWebhook
