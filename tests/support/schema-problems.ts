// Compiles Sanity schema types the way the Studio does and prints the problems as JSON.
// Run by tests/integration/studio/schema.test.ts in a child process (the sanity package is ESM-heavy).
import {createSchema, defineType} from 'sanity'
import {schemaTypes} from '../../sanity/schemaTypes'

type Problem = {severity: string; message: string}
type Group = {path: Array<{name?: string}>; problems: Problem[]}

function problems(types: unknown[]) {
  const schema = createSchema({name: 'check', types}) as unknown as {_validation?: Group[]}
  return (schema._validation ?? [])
    .flatMap((group) => group.problems.map((p) => ({path: group.path.map((s) => s.name).join('.'), ...p})))
    .filter((p) => p.severity === 'error')
}

// A deliberately broken type proves the check can find errors.
const broken = defineType({name: 'broken', type: 'document', fields: [{name: 'ref', type: 'reference'} as never]})

process.stdout.write(JSON.stringify({project: problems(schemaTypes), broken: problems([...schemaTypes, broken])}))
