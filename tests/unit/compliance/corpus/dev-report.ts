// Development aid: prints the figures and every mistake on the DEVELOPMENT folds only.
//   npx tsx tests/unit/compliance/corpus/dev-report.ts
// The held-out fifth is only ever scored in aggregate (corpus-held-out.test.ts).
import {DEVELOPMENT} from './held-out'
import {describeFigures, figures, score} from './metrics'

const f = figures(score(DEVELOPMENT))
process.stdout.write(`${describeFigures('development', f)}\n`)
for (const s of [...f.misses, ...f.falseFlags]) {
  const found = s.findings.map((x) => `${x.ruleId}/${x.severity}/${x.context}:"${x.match}"`).join(', ')
  process.stdout.write(`  [${s.label} ${s.rule}] got ${s.verdict}: ${s.text}  {${found}}\n`)
}
