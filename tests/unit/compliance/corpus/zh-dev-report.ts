// Prints the development mistakes of the Chinese rules (never the held-out ones):
// npx tsx tests/unit/compliance/corpus/zh-dev-report.ts
import {describeFigures, figures, score} from './metrics'
import {ZH_FRESH_SENTENCES} from './zh-fresh-sentences'
import {ZH_SENTENCES} from './zh-sentences'

const result = figures(score([...ZH_SENTENCES, ...ZH_FRESH_SENTENCES]))
console.log(describeFigures('zh development', result))
for (const s of [...result.misses, ...result.falseFlags]) {
  console.log(`${s.label}/${s.rule} -> ${s.verdict}: ${s.text}`)
  for (const f of s.findings) console.log(`    ${f.ruleId} ${f.severity} ${f.context} "${f.match}"`)
}
