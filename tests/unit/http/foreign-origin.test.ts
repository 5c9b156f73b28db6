import {NextRequest} from 'next/server'
import {proxy} from '@/proxy'

// A staff form posted from another site (CSRF) is refused with 403, not Next's 500.
const action = (headers: Record<string, string>) =>
  new NextRequest('https://clinic.test/staff/enquiries/0b7f8a52-3f3e-4c1e-9a53-6f1a7c2e9d10', {
    method: 'POST',
    headers: {host: 'clinic.test', 'next-action': '7f1c2e', 'content-type': 'multipart/form-data; boundary=x', ...headers},
  })

it('answers 403 to a server action from another origin', async () => {
  for (const origin of ['https://evil.example', 'null', 'https://clinic.test.evil.example']) {
    const response = proxy(action({origin}))
    expect({origin, status: response.status}).toEqual({origin, status: 403})
  }
})

it('lets the same origin through, also behind a proxy that names the public host', () => {
  expect(proxy(action({origin: 'https://clinic.test'})).status).toBe(200)
  expect(proxy(action({origin: 'https://www.clinic.test', host: '10.0.0.5:3000', 'x-forwarded-host': 'www.clinic.test'})).status).toBe(200)
  // Ordinary GETs and non-action posts are not the proxy's business.
  expect(proxy(new NextRequest('https://clinic.test/staff', {headers: {origin: 'https://evil.example'}})).status).toBe(200)
})
