import {checkDocument, type Finding} from '@/lib/compliance'
import {splitByScript} from '@/lib/compliance/zh/script'
import {block, postWithBody, postWithText} from './helpers'

const findingsOf = (text: string) => checkDocument(postWithText(text))
const summary = (findings: Finding[]) => findings.map((f) => `${f.ruleId}:${f.severity}`)

// Each rule kind: a sentence that breaks it, and look-alikes that do not.
const CASES: Array<[string, string, 'error' | 'warning']> = [
  ['superlative', '我们是新加坡最专业的激光诊所。', 'warning'],
  ['superlative', '本诊所的服务排名第一。', 'warning'],
  ['guarantee', '保证一次见效，永久缩小毛孔。', 'error'],
  ['guarantee', '彻底清除痘印，从此告别烦恼。', 'error'],
  ['promotion', '本周预约享八五折。', 'error'],
  ['promotion', '免费咨询，名额有限。', 'error'],
  ['price-wording', '祛斑疗程低至 $88。', 'error'],
  ['testimonial', '患者反馈说效果非常好。', 'error'],
  ['testimonial', '网红博主都在推荐这个疗程。', 'error'],
  ['testimonial-quote', '她说：“我的毛孔小了很多。”', 'error'],
  ['patient-story', '张太太做了两次疗程后，她的色斑淡化了。', 'error'],
  ['social-proof', '我们已为三千多位顾客服务。', 'error'],
  ['comparison', '我们的价格比其他诊所低。', 'warning'],
  ['unjustified-expectation', '无痛无恢复期，午休就能做。', 'warning'],
  ['unjustified-expectation', '两周内毛孔明显缩小。', 'warning'],
  ['prescription-brand', '我们使用保妥适改善皱纹。', 'error'],
  ['prescription-brand', '瘦脸针用的是Botox。', 'error'],
  ['prescription-medicine', '维A酸乳膏需要医生处方。', 'warning'],
  ['device-brand', '热玛吉是一种射频疗程。', 'warning'],
  ['specialty-title', '由资深医美医生亲自操作。', 'warning'],
  ['patient-result-wording', '请参考治疗前后对比照片。', 'error'],
]

describe('Chinese rules, one kind at a time', () => {
  test.each(CASES)('%s: %s', (ruleId, text, severity) => {
    const found = findingsOf(text).filter((f) => f.ruleId === ruleId)
    expect(found.length).toBeGreaterThan(0)
    expect(found.some((f) => f.severity === severity)).toBe(true)
  })
})

describe('Chinese look-alikes that are not findings', () => {
  test.each([
    ['最近 (recently)', '最近天气炎热，记得多喝水。'],
    ['最好 + a verb (had better)', '治疗前最好先咨询医生。'],
    ['最常见 (descriptive)', '油性皮肤最常见的问题是毛孔粗大。'],
    ['第一次 (first time)', '第一次治疗前，医生会先做皮肤评估。'],
    ['打折扣 (an effect is reduced)', '不防晒的话，效果会大打折扣。'],
    ['骨折 (a fracture)', '如有骨折病史，请告知医生。'],
    ['free parking', '大楼提供免费停车。'],
    ['保证 in advice', '术后要保证充足的休息。'],
    ['彻底 in cleansing advice', '晚上要彻底卸妆。'],
    ['立即 in a safety instruction', '如有不适，请立即联系我们。'],
    ['a permanent risk', '极少数情况下可能留下永久性疤痕。'],
    ['a hedged recovery time', '泛红一般在两天内消退。'],
    ['a study', '在一项研究中，七成患者表示满意。'],
    ['staff by name', '黄小姐是我们的护士，会为您讲解注意事项。'],
    ['a reader asking in the first person', '我做完激光之后可以马上化妆吗？'],
    ['an exact price', '咨询费为 $60。'],
  ])('%s', (_, text) => {
    expect(summary(findingsOf(text))).toEqual([])
  })
})

describe('Chinese negation and questions', () => {
  test('a denial of a promise drops to an acknowledgeable warning', () => {
    for (const text of ['毛孔无法永久缩小。', '我们不能保证每个人都有同样的效果。', '痘疤并非一次就能根治。']) {
      const found = findingsOf(text)
      expect(found.length).toBeGreaterThan(0)
      expect(found.every((f) => f.severity === 'warning' && f.context === 'negated')).toBe(true)
    }
  })

  test('a promise after a claim is a myth is read as denied', () => {
    const [finding] = findingsOf('一次就能永久去除色斑的说法是误区。')
    expect(finding?.context).toBe('negated')
    expect(finding?.severity).toBe('warning')
  })

  test('selling idioms are not denials', () => {
    expect(summary(findingsOf('不要错过：限时八折优惠。'))).toContain('promotion:error')
    expect(findingsOf('无与伦比的效果，永久告别痘痘。').some((f) => f.ruleId === 'guarantee' && f.severity === 'error')).toBe(true)
  })

  test('a genuine question about a promise is a warning; a selling question is a claim', () => {
    expect(findingsOf('痘疤可以根治吗？').every((f) => f.severity === 'warning' && f.context === 'question')).toBe(true)
    expect(findingsOf('想要永久告别痘痘吗？').some((f) => f.ruleId === 'guarantee' && f.severity === 'error')).toBe(true)
  })

  test('prescription brands stay errors when negated', () => {
    expect(summary(findingsOf('我们不使用保妥适。'))).toContain('prescription-brand:error')
  })
})

describe('script routing', () => {
  test('sentences are labelled by script, Chinese ones cut at full-width marks', () => {
    const text = 'Our clinic is in Orchard. 我们提供免费咨询！The word 毛孔 means pore.'
    const parts = splitByScript(text).map((s) => [s.script, text.slice(s.start, s.end).trim()])
    expect(parts).toEqual([
      ['latin', 'Our clinic is in Orchard.'],
      ['zh', '我们提供免费咨询！'],
      ['latin', 'The word 毛孔 means pore.'],
    ])
  })

  test('a mixed paragraph gets English and Chinese findings at the right offsets', () => {
    const text = 'Enjoy 20% off this month. 我们是全岛最先进的诊所。Book a consultation today.'
    const found = findingsOf(text)
    // "全岛最" ranks the clinic against the island's others: a comparison as well as a superlative.
    expect(summary(found)).toEqual(['promotion:error', 'comparison:warning', 'superlative:warning'])
    const zh = found.find((f) => f.ruleId === 'superlative')!
    expect(text.slice(zh.start, zh.end)).toBe(zh.match)
    expect(zh.sentence).toBe('我们是全岛最先进的诊所。')
    expect(zh.path).toBe('body[_key=="b1"]')
  })

  test('English rules do not read Chinese sentences, and Chinese rules do not read English ones', () => {
    // "best" inside a Chinese sentence is read by the Chinese rules only once, as Chinese has no "best" rule.
    expect(summary(findingsOf('The consultation fee is S$60. 咨询费为 $60。'))).toEqual([])
    expect(summary(findingsOf('Results vary. 效果因人而异。'))).toEqual([])
  })

  test('Chinese text in any field is checked: a title and an image alt', () => {
    const doc = {...postWithBody(block('A neutral paragraph.')), title: '限时优惠：激光八折'}
    expect(checkDocument(doc).map((f) => `${f.path}:${f.ruleId}`)).toContain('title:promotion')
  })
})
