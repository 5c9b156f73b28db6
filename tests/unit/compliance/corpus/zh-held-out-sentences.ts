import type {LabelledSentence} from './labelled-sentences'

// The held-out Chinese sentences: never read while writing or tuning the Chinese rules; only
// scored in aggregate (zh-corpus.test.ts). Picked from the whole Chinese corpus before any rule
// was written: for each label and kind, the round(n/5) sentences with the lowest FNV-1a hash of
// `zh-held-out-v1` + NUL + sentence (zh-corpus.test.ts checks the pick). Do not move sentences in
// or out, change the seed, or relabel a sentence after seeing a result.
export const ZH_HELD_OUT_SENTENCES: readonly LabelledSentence[] = [
  ['error', 'promotion', '买五次疗程送一次，名额有限，欲购从速。'],
  ['error', 'promotion', '限时优惠，活动截止至十二月三十一日。'],
  ['error', 'promotion', '仅剩最后十个名额，赶快预约吧。'],
  ['error', 'promotion', '每次疗程都能累积积分，用来换取免费护理。'],
  ['error', 'promotion', '购买十次疗程卡，平均每次更便宜。'],
  ['error', 'price-wording', '激光祛斑低至 $99 一次。'],
  ['error', 'guarantee', '这项疗程能根治痘痘，不再复发。'],
  ['error', 'guarantee', '激光脱毛一劳永逸，省去每天刮毛的麻烦。'],
  ['error', 'guarantee', '只需一个疗程，所有痘印都会完全消失。'],
  ['warning', 'superlative', '本诊所是全岛第一家引进这项技术的诊所。'],
  ['warning', 'superlative', '顶级医疗团队，为您提供一流服务。'],
  ['warning', 'superlative', '这是治疗黄褐斑的首选疗程。'],
  ['warning', 'unjustified-expectation', '第一次治疗后就能看到明显改善。'],
  ['warning', 'unjustified-expectation', '立竿见影的提亮效果。'],
  ['warning', 'unjustified-expectation', '疗程结束后，脱胎换骨，遇见全新的自己。'],
  ['warning', 'comparison', '在别家做不好的痘疤，来我们这里试试。'],
  ['warning', 'comparison', '很多诊所用的是过时的机器，我们不一样。'],
  ['error', 'testimonial', '许多明星都推荐我们的水光疗程。'],
  ['error', 'testimonial', '曾获当地杂志专访报道。'],
  ['error', 'testimonial-quote', '“做了三次以后，我终于敢素颜出门了。”林小姐说。'],
  ['error', 'patient-story', '这位三十岁的上班族，毛孔问题得到了明显改善。'],
  ['error', 'social-proof', '累计服务超过五千位求美者。'],
  ['error', 'prescription-brand', '达芙文凝胶可以帮助改善粉刺。'],
  ['warning', 'prescription-medicine', '口服异维A酸需要医生评估后才能开具。'],
  ['ok', 'look-alike', '如有疑问，最好先咨询医生。'],
  ['ok', 'look-alike', '诊所大厦设有免费停车位。'],
  ['ok', 'look-alike', '卸妆时要彻底清洁，但动作要轻柔。'],
  ['ok', 'look-alike', '研究中，约六成参与者表示泛红有所减轻。'],
  ['ok', 'education', '毛孔的大小主要由遗传、皮脂分泌和年龄决定。'],
  ['ok', 'education', '保持皮肤清洁和规律作息有助于减少痘痘。'],
  ['ok', 'education', '我们的诊所位于乌节路，周一至周六营业。'],
  ['ok-ack', 'guarantee', '毛孔能永久缩小吗？'],
]
