import {sanityClientConfig} from '@/lib/content/sanity-client'
import {parseEnv} from '@/lib/platform/env'

const base = {SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: 'read-token', SANITY_API_WRITE_TOKEN: 'write-token'}

describe('the one Sanity client configuration', () => {
  it("is Sanity's default host when SANITY_API_HOST is unset", () => {
    const config = sanityClientConfig({token: 'read', perspective: 'published', config: parseEnv(base)})
    expect(config).toMatchObject({projectId: 'abc123', dataset: 'production', apiVersion: 'v2025-02-19', useCdn: false, stega: false, token: 'read-token'})
    expect(config).not.toHaveProperty('apiHost')
    expect(config).not.toHaveProperty('useProjectHostname')
  })

  it('points at the local Content Lake without the project hostname when SANITY_API_HOST is set', () => {
    const config = sanityClientConfig({token: 'write', perspective: 'raw', config: parseEnv({...base, SANITY_API_HOST: 'https://localhost:3999/'})})
    expect(config).toMatchObject({apiHost: 'https://localhost:3999', useProjectHostname: false, token: 'write-token', perspective: 'raw'})
  })

  it('carries no token for purpose none and fails without a project', () => {
    expect(sanityClientConfig({token: 'none', perspective: 'published', config: parseEnv(base)}).token).toBeUndefined()
    expect(() => sanityClientConfig({token: 'read', perspective: 'published', config: parseEnv({})})).toThrow(/SANITY_PROJECT_ID/)
  })
})
