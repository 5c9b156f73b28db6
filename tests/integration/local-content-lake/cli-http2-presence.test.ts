import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import http2 from 'node:http2'
import path from 'node:path'
import readline from 'node:readline'
import WebSocket from 'ws'
import {workingCopy} from './lake-fixture'

type Ready = {
  event: string
  url: string
  httpUrl: string
  ca: string
  token: string
  projectId: string
  dataset: string
}

let child: ChildProcessWithoutNullStreams
let lines: Record<string, unknown>[]
let ready: Ready

// The command EDIT starts as a child process: its ready line and flags are an interface.
beforeAll(async () => {
  const dir = workingCopy()
  child = spawn(
    path.join(process.cwd(), 'node_modules', '.bin', 'tsx'),
    ['tooling/local-content-lake/cli.ts', '--dir', dir, '--port', '0', '--project', 'demo1', '--strict'],
    {cwd: process.cwd()},
  )
  lines = []
  const reader = readline.createInterface({input: child.stdout})
  ready = await new Promise<Ready>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)))
    reader.on('line', (line) => {
      const parsed = JSON.parse(line) as Record<string, unknown>
      lines.push(parsed)
      if (parsed.event === 'lake.ready') resolve(parsed as Ready)
    })
  })
}, 30_000)
afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL')
})

function http2Get(pathname: string, host: string): Promise<{status: number; body: string; version: string}> {
  const port = new URL(ready.url).port
  return new Promise((resolve, reject) => {
    const session = http2.connect(`https://127.0.0.1:${port}`, {
      ca: fs.readFileSync(ready.ca),
      servername: host,
    })
    session.on('error', reject)
    const stream = session.request({
      ':path': pathname,
      ':authority': `${host}:${port}`,
      authorization: `Bearer ${ready.token}`,
    })
    let body = ''
    let status = 0
    stream.on('response', (headers) => (status = Number(headers[':status'])))
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => (body += chunk))
    stream.on('end', () => {
      session.close()
      resolve({status, body, version: session.alpnProtocol ?? ''})
    })
  })
}

describe('the lake command', () => {
  it('prints one ready line with the URLs, the certificate, the token and the ids', () => {
    expect(lines[0]).toEqual(ready)
    expect(ready).toEqual({
      event: 'lake.ready',
      url: expect.stringMatching(/^https:\/\/localhost:\d+$/),
      httpUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      ca: expect.stringMatching(/cert\.pem$/),
      token: expect.any(String),
      projectId: 'demo1',
      dataset: 'production',
    })
    expect(ready.token.length).toBeGreaterThanOrEqual(32)
    expect(fs.readFileSync(ready.ca, 'utf8')).toMatch(/BEGIN CERTIFICATE/)
  })

  it('speaks HTTP/2 over TLS with a certificate valid for <project>.localhost, routing by path', async () => {
    const answer = await http2Get(
      '/v2025-02-19/data/query/production?query=count(*[_type=="post"])',
      'demo1.localhost',
    )
    expect(answer).toMatchObject({status: 200, version: 'h2'})
    expect(JSON.parse(answer.body).result).toBeGreaterThan(0)
    const me = await http2Get('/v2025-02-19/users/me', 'localhost')
    expect(JSON.parse(me.body)).toMatchObject({role: 'administrator'})
  })

  it('answers the presence socket over TLS on the same port', async () => {
    const port = new URL(ready.url).port
    // ws passes TLS options through to tls.connect; its types do not list servername.
    const tlsOptions = {
      ca: fs.readFileSync(ready.ca),
      servername: 'demo1.localhost',
    } as WebSocket.ClientOptions
    const socket = new WebSocket(`wss://127.0.0.1:${port}/v2022-06-30/socket/production`, tlsOptions)
    await new Promise((resolve, reject) => {
      socket.once('open', resolve)
      socket.once('error', reject)
    })
    const replies: {id: string; result: unknown}[] = []
    socket.on('message', (data) => {
      const text = data.toString()
      if (text.startsWith('{')) replies.push(JSON.parse(text))
    })
    socket.send(
      JSON.stringify({
        jsonrpc: '2.0',
        id: 'a1',
        method: 'authorization',
        params: {authorization: `Bearer ${ready.token}`},
      }),
    )
    socket.send(JSON.stringify({jsonrpc: '2.0', id: 'a2', method: 'presence_subscribe', params: {}}))
    const deadline = Date.now() + 5000
    while (replies.length < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20))
    socket.close()
    expect(replies).toEqual([
      {jsonrpc: '2.0', id: 'a1', result: true},
      {jsonrpc: '2.0', id: 'a2', result: expect.any(String)},
    ])
  })

  it('with --strict an unknown request is a 500, logged as one JSON line and listed at /__lake/unknown', async () => {
    const answer = await fetch(`${ready.httpUrl}/v2025-02-19/not/a/sanity/endpoint`)
    expect(answer.status).toBe(500)
    const listed = await (await fetch(`${ready.httpUrl}/__lake/unknown`)).json()
    expect(listed).toEqual([{method: 'GET', path: '/v2025-02-19/not/a/sanity/endpoint'}])
    const deadline = Date.now() + 2000
    while (!lines.some((l) => l.event === 'lake.unknown_request') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(lines).toContainEqual({
      event: 'lake.unknown_request',
      method: 'GET',
      path: '/v2025-02-19/not/a/sanity/endpoint',
    })
  })

  it('answers CORS preflights echoing the Origin with credentials', async () => {
    const answer = await fetch(`${ready.httpUrl}/v2025-02-19/data/mutate/production`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    })
    expect(answer.status).toBe(204)
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true')
    expect(answer.headers.get('access-control-allow-headers')).toBe('authorization,content-type')
  })

  it('exits cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})
