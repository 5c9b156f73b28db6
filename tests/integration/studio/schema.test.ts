import {execFileSync} from 'node:child_process'
import path from 'node:path'

describe('Studio schema', () => {
  it('compiles without errors, and the check reports a broken type', () => {
    const output = execFileSync(path.join('node_modules', '.bin', 'tsx'), ['tests/support/schema-problems.ts'], {
      encoding: 'utf8',
      timeout: 120_000,
    })
    const result = JSON.parse(output.slice(output.indexOf('{"project"'))) as {project: unknown[]; broken: Array<{path: string}>}
    expect(result.project).toEqual([])
    expect(result.broken.length).toBeGreaterThan(0)
    expect(result.broken[0].path).toContain('broken')
  }, 120_000)
})
