import {z} from 'zod'
import {route, type LakeContext} from '../context'
import {badRequest, notFound, unauthorized} from '../errors'
import {sse} from '../event-streams'
import {jsonBody, sendJson, sendText} from '../http'
import type {Caller} from '../perspective'
import {assertDataset, requireEditor} from './data'

const ADMINISTRATOR = {
  name: 'administrator',
  title: 'Administrator',
  description: 'Read and write access to all datasets',
}
const CREATED_AT = '2026-01-01T00:00:00.000Z'

function demoUser(ctx: LakeContext) {
  return {
    id: ctx.userId,
    name: 'Demo Editor',
    email: 'editor@example.com',
    profileImage: null,
    provider: 'sanity',
    role: ADMINISTRATOR.name,
    roles: [ADMINISTRATOR],
  }
}

function assertProject(ctx: LakeContext, projectId: string) {
  if (projectId !== ctx.projectId) throw notFound(`Project "${projectId}" not found`)
}

function signedIn(caller: Caller): asserts caller is Extract<Caller, {kind: 'editor'}> {
  if (caller.kind !== 'editor') throw unauthorized()
}

const studioOrigin = z.url({protocol: /^https?$/})
const keyValueBody = z.array(z.object({key: z.string().min(1).max(500), value: z.unknown()})).max(100)

/** Answers the Studio needs to start: the demo editor, one project and dataset, no features, no announcements. */
export const studioRoutes = [
  route('GET', /^\/users\/me$/, (ctx, _req, res, _m, caller) => {
    if (caller.kind !== 'editor') ctx.loginSessions.noteAnonymousUserCheck()
    signedIn(caller)
    sendJson(res, 200, demoUser(ctx))
  }),
  route('GET', /^\/users\/me\/keyvalue\/(.+)$/, (ctx, _req, res, [, keys], caller) => {
    signedIn(caller)
    sendJson(
      res,
      200,
      decodeURIComponent(keys)
        .split(',')
        .map((key) => ({key, value: ctx.keyValue.get(key) ?? null})),
    )
  }),
  route(['PUT', 'POST', 'PATCH'], /^\/users\/me\/keyvalue$/, async (ctx, req, res, _m, caller) => {
    signedIn(caller)
    const entries = await jsonBody(req, keyValueBody)
    for (const {key, value} of entries) ctx.keyValue.set(key, value)
    sendJson(res, 200, entries)
  }),
  route('GET', /^\/users\/([^/]+)$/, (ctx, _req, res, [, ids]) => {
    const user = demoUser(ctx)
    const wanted = decodeURIComponent(ids).split(',')
    sendJson(
      res,
      200,
      wanted.length > 1
        ? wanted.filter((id) => id === user.id).map(() => user)
        : wanted[0] === user.id
          ? user
          : null,
    )
  }),

  route('GET', /^\/auth\/providers$/, (_ctx, req, res) => {
    sendJson(res, 200, {
      thirdPartyLogin: true,
      sso: {},
      providers: [
        {name: 'sanity', title: 'Demo editor (local Content Lake)', url: `${req.origin}/v1/auth/login/demo`},
      ],
    })
  }),
  // The login "provider": straight back to the Studio with a session id that /auth/fetch swaps for the token.
  route('GET', /^\/auth\/login\/demo$/, (ctx, req, res) => {
    const origin = studioOrigin.safeParse(req.url.searchParams.get('origin'))
    if (!origin.success) throw badRequest('origin must be an http(s) URL')
    const sid = ctx.loginSessions.issue()
    const target = new URL(origin.data)
    target.hash = `sid=${sid}`
    res.writeHead(302, {location: target.toString(), 'cache-control': 'no-store'})
    res.end()
  }),
  route('GET', /^\/auth\/fetch$/, async (ctx, req, res) => {
    if (!(await ctx.loginSessions.redeem(req.url.searchParams.get('sid') ?? ''))) throw unauthorized()
    sendJson(res, 200, {token: ctx.token})
  }),
  route('GET', /^\/auth\/id$/, (ctx, _req, res, _m, caller) =>
    sendJson(res, 200, {id: caller.kind === 'editor' ? ctx.userId : null}),
  ),
  route('POST', /^\/auth\/logout$/, (_ctx, _req, res) => sendJson(res, 200, {})),
  route(['GET', 'HEAD'], /^\/ping$/, (_ctx, _req, res) => sendText(res, 200, 'PONG')),

  route('GET', /^\/projects\/([^/]+)$/, (ctx, _req, res, [, projectId]) => {
    assertProject(ctx, projectId)
    sendJson(res, 200, {
      id: ctx.projectId,
      displayName: 'Local Content Lake',
      studioHost: null,
      organizationId: 'o-local',
      isBlocked: false,
      isDisabled: false,
      isDisabledByUser: false,
      createdAt: CREATED_AT,
      metadata: {},
      pendingInvites: 0,
      members: [
        {
          id: ctx.userId,
          createdAt: CREATED_AT,
          role: ADMINISTRATOR.name,
          roles: [ADMINISTRATOR],
          isCurrentUser: true,
          isRobot: false,
        },
      ],
      features: [],
    })
  }),
  route('GET', /^\/projects\/([^/]+)\/datasets$/, (ctx, _req, res, [, projectId]) => {
    assertProject(ctx, projectId)
    sendJson(res, 200, [
      {name: ctx.dataset, aclMode: 'public', createdAt: CREATED_AT, datasetProfile: 'content', tags: []},
    ])
  }),
  // Permission grants: the demo editor may do everything to every document.
  route(
    'GET',
    /^\/projects\/([^/]+)\/datasets\/([^/]+)\/acl$/,
    (ctx, _req, res, [, projectId, dataset], caller) => {
      assertProject(ctx, projectId)
      assertDataset(ctx, dataset)
      const permissions =
        caller.kind === 'editor' ? ['history', 'read', 'update', 'create', 'manage'] : ['read']
      sendJson(res, 200, [
        {filter: caller.kind === 'editor' ? '_id in path("**")' : '_id in path("*")', permissions},
      ])
    },
  ),
  route('GET', /^\/projects\/([^/]+)\/user-applications$/, (ctx, _req, res, [, projectId]) => {
    assertProject(ctx, projectId)
    sendJson(res, 200, [])
  }),
  route('GET', /^\/projects\/([^/]+)\/roles$/, (ctx, _req, res, [, projectId]) => {
    assertProject(ctx, projectId)
    sendJson(res, 200, [
      {
        ...ADMINISTRATOR,
        isCustom: false,
        projectId: ctx.projectId,
        appliesToUsers: true,
        appliesToRobots: true,
      },
    ])
  }),
  route('GET', /^\/projects\/([^/]+)\/grants$/, (ctx, _req, res, [, projectId]) => {
    assertProject(ctx, projectId)
    sendJson(res, 200, {})
  }),
  route('GET', /^\/access\/requests\/me$/, (_ctx, _req, res) => sendJson(res, 200, [])),
  route('GET', /^\/projects\/([^/]+)\/features(\/.*)?$/, (_ctx, _req, res) => sendJson(res, 200, [])),
  route('GET', /^\/features$/, (_ctx, _req, res) => sendJson(res, 200, [])),
  route('GET', /^\/schedules\/([^/]+)\/([^/]+)$/, (_ctx, _req, res) => sendJson(res, 200, {schedules: []})),
  route('GET', /^\/journey\/.+$/, (_ctx, _req, res) => sendJson(res, 200, {})),
  route('GET', /^\/help$/, (_ctx, _req, res) => sendJson(res, 200, {})),
  route('GET', /^\/intake\/telemetry-status$/, (_ctx, _req, res) => sendJson(res, 200, {status: 'denied'})),
  route('POST', /^\/intake\/batch$/, (_ctx, _req, res) => sendJson(res, 200, {})),
  // Schema descriptors: the Studio claims its schema's descriptor and sends what the server says
  // is missing until it answers `complete` (@sanity/descriptors' processSetSynchronization). The
  // lake keeps no schemas, so every descriptor counts as already known.
  route('POST', /^\/descriptors\/claim$/, async (_ctx, req, res, _m, caller) => {
    requireEditor(caller, 'update')
    await req.body()
    sendJson(res, 200, {synchronization: {type: 'complete'}})
  }),
  route('POST', /^\/descriptors\/synchronize$/, async (_ctx, req, res, _m, caller) => {
    requireEditor(caller, 'update')
    await req.body()
    sendJson(res, 200, {type: 'complete'})
  }),
  // The agent's bundle stream never has anything to say, but the client's event-source polyfill
  // reconnects (and logs an error) after 45 s without a byte, so it gets keep-alives like the others.
  route('GET', /^\/agent\/[^/]+\/bundles\/mine\/listen$/, (ctx, _req, res, _m, caller) => {
    signedIn(caller)
    ctx.idleStreams.open({res})
    sse(res, 'welcome', {})
  }),
]
