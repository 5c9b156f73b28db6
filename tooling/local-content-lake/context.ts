import type {EventStreams} from './event-streams'
import type {LakeRequest, LakeResponse} from './http'
import type {LoginSessions} from './login-sessions'
import type {ListenerHub} from './listeners'
import type {LiveEventsHub} from './live-events'
import type {Caller} from './perspective'
import type {DocumentStore} from './store'

export type LakeContext = {
  store: DocumentStore
  listeners: ListenerHub
  liveEvents: LiveEventsHub
  /** The one sync tag this server puts on every query answer (see live-events.ts). */
  syncTag: string
  projectId: string
  dataset: string
  token: string
  userId: string
  imagesDir: string
  /** Per-user key-value store of the Studio (`/users/me/keyvalue`). */
  keyValue: Map<string, unknown>
  loginSessions: LoginSessions
  /** Event streams that stay open with nothing to say (the Agent's bundles); they still get keep-alives. */
  idleStreams: EventStreams<{res: LakeResponse}>
}

export type RouteHandler = (
  ctx: LakeContext,
  req: LakeRequest,
  res: LakeResponse,
  match: RegExpMatchArray,
  caller: Caller,
) => Promise<void> | void

export type Route = {methods: string[]; pattern: RegExp; handle: RouteHandler}

export function route(methods: string | string[], pattern: RegExp, handle: RouteHandler): Route {
  return {methods: Array.isArray(methods) ? methods : [methods], pattern, handle}
}
