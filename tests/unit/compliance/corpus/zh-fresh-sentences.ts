import type {LabelledSentence} from './labelled-sentences'

// A second set of Chinese clinic sentences, written after the Chinese rules and scored once
// before any rule was changed for them (the "fresh" figures in lib/compliance/README.md); they
// are development sentences from then on. Kept apart from zh-sentences.ts so the held-out pick
// (which groups zh-sentences.ts with the held-out file) stays as it was.
export const ZH_FRESH_SENTENCES: readonly LabelledSentence[] = [
  ['error', 'promotion', '开业酬宾，全场疗程九折起。'],
  ['error', 'promotion', '首次体验只需付一半的费用。'],
  ['error', 'promotion', '中秋佳节，预约即可获得精美月饼礼盒。'],
  ['error', 'promotion', '介绍一位新朋友，您可获得一次免费护理。'],
  ['error', 'guarantee', '告别痘痘肌，重拾光滑肌肤，效果持久不反弹。'],
  ['error', 'guarantee', '只要一次，黑眼圈就会彻底消失。'],
  ['error', 'guarantee', '我们的疗程效果有保障，无效不收费。'],
  ['error', 'testimonial', '许多顾客都夸我们的护士手法轻柔。'],
  ['error', 'testimonial', '这是很多女明星保持好皮肤的秘密。'],
  ['error', 'patient-story', '李太太来的时候满脸痘印，现在已经可以素颜出门了。'],
  ['error', 'social-proof', '十年来，我们帮助了上万名顾客改善肤质。'],
  ['error', 'prescription-brand', '瘦脸可以选择保妥适或吉适。'],
  ['warning', 'superlative', '我们拥有一支经验最丰富的医疗团队。'],
  ['warning', 'superlative', '这款激光是目前市场上最受欢迎的机型。'],
  ['warning', 'superlative', '独一无二的护理方案，只为您打造。'],
  ['warning', 'unjustified-expectation', '做完马上就能看到毛孔变细。'],
  ['warning', 'unjustified-expectation', '安全无副作用，男女老少都适合。'],
  ['warning', 'unjustified-expectation', '五分钟让肌肤焕发光彩。'],
  ['warning', 'comparison', '与其他地方相比，我们的收费更透明。'],
  ['warning', 'comparison', '别再把钱花在美容院了。'],
  ['ok', 'look-alike', '最后，记得每天涂抹防晒霜。'],
  ['ok', 'look-alike', '第一周内请避免使用去角质产品。'],
  ['ok', 'look-alike', '疗程结束后请立即涂上医生开的药膏。'],
  ['ok', 'look-alike', '请永远记得先做皮肤测试。'],
  ['ok', 'look-alike', '我们会确保您在治疗前了解所有风险。'],
  ['ok', 'look-alike', '皮肤屏障受损时，最好暂停使用酸类产品。'],
  ['ok', 'education', '痤疮是一种常见的皮肤病，成因包括皮脂、细菌和荷尔蒙。'],
  ['ok', 'education', '治疗次数取决于您的皮肤状况，医生会与您讨论。'],
  ['ok', 'education', '诊所提供华语和英语服务。'],
  ['ok', 'education', '如需改期，请至少提前一天通知我们。'],
  ['ok-ack', 'guarantee', '激光无法永久去除色斑，色斑可能会复发。'],
  ['ok-ack', 'unjustified-expectation', '任何疗程都有风险，并非完全没有副作用。'],
]
