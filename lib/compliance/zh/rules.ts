import {DEVICE_BRANDS} from '../device-brands'
import {PRESCRIPTION_BRANDS} from '../prescription-brands'
import {REGULATIONS} from '../regulations'
import {comparison, guarantee, specialtyTitle, superlative, unjustifiedExpectation} from '../rules/claims'
import {patientResultWording, priceWording, promotion, testimonial} from '../rules/forbidden'
import {prescriptionBrand, prescriptionMedicine} from '../rules/prescription'
import {deviceBrand} from '../rules/brands'
import {socialProof} from '../rules/social'
import type {Severity} from '../types'
import {ERROR_UNLESS_DENIED_OR_ASKED} from '../severity'

// Chinese wording of each finding the English checker reports, under the same rule ids, so
// severities, acknowledgements and the publishing policy apply unchanged. Chinese has no spaces
// between words, so a term is a pattern with its context: what must follow or precede it for the
// words to make the claim (最 + a quality, not 最近 "recently"; 折 after a number, not 骨折).

export interface ZhRule {
  id: string
  severity: Severity
  negatedSeverity?: Severity
  questionSeverity?: Severity
  regulation: string
  message: string
  pattern: RegExp
  /** The sentence must also match this (a skin concern, a result). */
  sentenceNeeds?: RegExp
  /** Not a finding when the sentence matches this (a study, a side effect, a hedge). */
  sentenceUnless?: RegExp
  /** Not a finding when the match's surroundings say so; `before`/`after` are the rest of the sentence. */
  exclude?: (before: string, match: string, after: string) => boolean
  /** Report whatever the mood (stories, brand names). */
  ignoreContext?: boolean
}

const re = (...parts: string[]) => new RegExp(parts.join('|'), 'gu')

// Shared word classes.
const CONCERN =
  '(?:痘痘|痘印|痘疤|痘坑|暗疮|青春痘|粉刺|黑头|白头|痤疮|色斑|斑点|雀斑|黄褐斑|老年斑|晒斑|皱纹|细纹|法令纹|鱼尾纹|毛孔|疤痕|瘢痕|暗沉|松弛|下垂|油光|红血丝|脱发|眼袋|黑眼圈|痘|斑|纹|毛发|腋毛|体毛)'
const RESULT =
  '(?:见效|效果|改善|变小|变白|变亮|变细|变紧|变年轻|变得|消失|消退|淡化|淡了|焕亮|亮白|提亮|紧致|年轻|光滑|细腻|嫩滑|收缩|缩小|平滑|白皙|透亮|好转|不见|减少|变化|焕发|光彩|光泽|饱满|水润)'
const NUM = '(?:\\d+|[一二两三四五六七八九十半几数]+)'
const TIME_UNIT = '(?:分钟|小时|天|日|周|星期|个星期|个月|次|个疗程|疗程)'
const CLAUSE = '[^，。！？；,;!?]'
// Side effects and hedges: "红肿通常在两三天内消退" describes recovery, not a promised result.
const SIDE_EFFECT = /红肿|泛红|发红|结痂|脱皮|瘀青|淤青|不适|肿胀|刺痛|痂|副作用|风险/u
const HEDGE = /通常|一般|大多|多数|可能|或许|因人而异|平均|大约|往往|视乎|取决于/u
// Studies report counts and patients' answers as data, not as endorsements.
const STUDY = /研究|试验|临床数据|文献|调查显示|数据显示/u

const PERSON = '(?:患者|顾客|客户|病人|女士|小姐|先生|太太|阿姨|妈妈|学生|老师|上班族|新娘|男士|女生|男生|白领|求美者)'
const STAFF = /^[^，。！？]{0,8}?(?:医生|医师|护士|经理|护理师|治疗师|助理|前台|主管|同事|员工|药剂师)/u
const CHANGE = /了|后|之后|以后|终于|不再|再也|已经|消失|改善|变得|好转|淡化|变小|恢复|重拾|不见|自信/u

const latinTerms = (names: readonly string[]) =>
  names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\s]?'))
// A Latin brand inside Chinese text: bounded by anything but a Latin letter or digit.
const latinBrands = (names: readonly string[]) =>
  `(?<![A-Za-z0-9])(?:${latinTerms(names)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![A-Za-z0-9])`

export const ZH_RULES: readonly ZhRule[] = [
  {
    id: 'superlative',
    severity: 'warning',
    regulation: REGULATIONS.superlative,
    message: superlative.message,
    pattern: re(
      // 最 + a quality. Not a superlative: 最近 (recently), 最后/最初/最终, 最少/最多 (at least/most),
      // 最好 + a verb (had better), 最常见/最容易/最主要 (descriptive), 最适合 (what suits you best).
      '最(?!近|后|初|终|少|多|低|常见|常|容易|易|主要|早|晚|薄|厚|长|短|大程度|适合|合适|好(?!的|不过|$|[，。！？；]))\\p{Script=Han}',
      '(?:排名|全国|全岛|全新加坡|新加坡|亚洲|全球|世界|业界|行业|销量|口碑)第一',
      '第一(?:品牌|名|家|选择|把交椅)',
      '(?:No\\.?|NO\\.?|no\\.?)\\s?1(?!\\d)',
      '首家|首选|首创|首屈一指|唯一',
      '顶级|顶尖|一流|领先|领导品牌|权威|无与伦比|独一无二|无可比拟|出类拔萃|卓越|殿堂级|王牌|金牌',
      '神奇|奇迹|神效|革命性|颠覆性|突破性|黄金标准|金标准|尖端|前沿科技|极致',
      '完美(?:的)?(?:解决方案|方案|选择|答案|疗程)',
      '(?:祛痘|祛斑|皮肤|抗衰老?|医美|激光|美容|毛孔)专家',
      '明星(?:疗程|产品|项目)',
    ),
  },
  {
    id: 'guarantee',
    ...ERROR_UNLESS_DENIED_OR_ASKED,
    regulation: guarantee.regulation,
    message: guarantee.message,
    pattern: re(
      // 保证 is a promise, except in advice (保证充足睡眠 "make sure you sleep enough").
      '保证(?!充足|足够|每天|睡眠|休息|饮水|水分|营养|皮肤清洁)',
      '担保|包(?:好|治|退|您满意|效果)|(?:承诺|确保)(?:效果|一定|见效)',
      '(?:无效|不满意)(?:全额)?(?:退款|不收费)|全额退款|退款保障|退款承诺|(?:效果|疗效)(?:有)?保障',
      // 永久 as a promise, not a risk (可能留下永久性疤痕).
      '永久(?!性?(?:的)?(?:疤痕|瘢痕|损伤|损害|伤害|色素|变色))',
      '永远(?!不要|别|不应|不该|都要|要|记得|记住)|永不|终身|终生|一辈子|一劳永逸|根治|断根|除根|根除|药到病除',
      '一次(?:性)?(?:根治|解决|搞定|去除)',
      '(?:百分之百|100\\s*%)(?=\\s*(?:有效|见效|成功|满意|去除|消除|解决))',
      '不再(?:复发|反弹|长|冒|出现|困扰|烦恼|回来)|再也不(?:会|用|长|怕)|从此(?:告别|不再|摆脱|远离|光滑)|多年不(?:反弹|复发)',
      `告别${CLAUSE}{0,4}?${CONCERN}|和${CLAUSE}{0,10}?说(?:再见|拜拜)|成为(?:过去式?|历史)`,
      `彻底(?:地)?(?:去除|消除|根除|清除|告别|解决|摆脱|去掉|祛除|淡化|抚平|消灭|赶走)${CLAUSE}{0,8}?${CONCERN}`,
      `(?:所有|全部|统统)(?:的)?${CLAUSE}{0,6}?(?:都)?(?:会)?(?:完全|全部)?(?:消失|不见|去除|清除)`,
      // Disappearing for good needs no object: 黑眼圈就会彻底消失. Removal verbs need a concern (above).
      `(?:完全|全部|统统)(?:消失|不见|去除|清除|祛除)|彻底(?:地)?(?:消失|不见)|一扫而光|无影无踪`,
      '(?:维持|持续|保持)(?:终身|一生|一辈子)',
    ),
  },
  {
    id: 'unjustified-expectation',
    severity: 'warning',
    regulation: unjustifiedExpectation.regulation,
    message: unjustifiedExpectation.message,
    pattern: re(
      // "Immediately" only when tied to a result: 立即联系诊所 (contact us at once) is advice.
      `(?:立即|立刻|马上|即刻|即时|当场|瞬间|一次就|一次即|首次即)${CLAUSE}{0,6}?${RESULT}`,
      '立竿见影|速效|快速见效|见效快|一次见效|神速',
      '无痛|零痛感?|毫无痛感|完全不痛|一点(?:都|也)?不痛|零风险|无风险|毫无风险|零副作用|无副作用|没有(?:任何)?副作用|不会有(?:任何)?副作用',
      '(?:无|零|没有|不需要|无需)(?:恢复期|停工期|休息期)|不留疤',
      '(?:绝对|百分之百|100\\s*%)安全|安全无(?:害|副作用)|适合(?:所有人|每个人|任何人|所有肤质|任何肤质|各种肤质)|人人(?:都)?适合|老少皆宜',
      '完美(?:的)?(?:肌肤|皮肤|肤质|无瑕)|无瑕|婴儿(?:般|一样)的?(?:完美)?(?:肌肤|皮肤)|水光肌|玻璃肌|剥壳鸡蛋|逆龄|冻龄|年轻(?:十|\\d+|好几)岁',
      '焕然一新|焕然新生|脱胎换骨|改头换面|蜕变|全新的(?:你|自己|您)|梦想中的|理想肌肤|毛孔隐形|隐形毛孔|零毛孔|真实效果|看得见的效果',
      // A result tied to a time or a first session.
      `${NUM}\\s*${TIME_UNIT}(?:(?:内|之内|后|之后|以后)[，,]?)?${CLAUSE}{0,8}?${RESULT}`,
      `(?:第一次|首次|第一个疗程)${CLAUSE}{0,6}?(?:就|即|便)${CLAUSE}{0,6}?${RESULT}`,
      `(?:做完|打完|治疗完)(?:当天|就|即)${CLAUSE}{0,6}?(?:${RESULT}|上班|出门|化妆)`,
    ),
    exclude: (before, match, after) => {
      // A time tie about recovery or hedged is a description of what usually happens.
      if (!/\d|[一二两三四五六七八九十半几数]/u.test(match.slice(0, 2)) && !/^(?:第一次|首次|第一个)/u.test(match)) return false
      const sentence = before + match + after
      return SIDE_EFFECT.test(sentence) || HEDGE.test(sentence)
    },
  },
  {
    id: 'comparison',
    severity: 'warning',
    regulation: comparison.regulation,
    message: comparison.message,
    pattern: re(
      '比(?:其他|其它|别的|别家|一般的?|普通的?|外面的?|市面上的?|同行|其他地方|美容院)',
      '(?:不同于|有别于|不像|胜过|优于|远超|好过|超越)(?:其他|其它|别的|一般|普通|外面|市面|同行|美容院)?',
      '其他(?:诊所|医美|机构|美容院|中心)|其它诊所|别家|同行|美容院|美容中心|美容店|别处|其他地方',
      '(?:很多|许多|不少|有些|一些)(?:诊所|医美机构|美容院)',
      '市面上(?:的)?|全(?:新加坡|岛|国|亚洲)(?:最|独一|唯一)|物超所值|何必(?:多花钱|花更多|去)|价格更(?:低|便宜|实惠)|更(?:便宜|实惠|划算)',
    ),
  },
  {
    id: 'testimonial',
    severity: 'error',
    negatedSeverity: 'warning',
    regulation: testimonial.regulation,
    message: testimonial.message,
    sentenceUnless: STUDY,
    pattern: re(
      '(?:顾客|客户|患者|病人|用户|会员|网友|客人|病患|求美者)(?:们)?(?:都)?(?:说|反馈|评价|好评|称赞|分享|赞|夸|留言|点评|见证|口碑|推荐)',
      '好评|五星|口碑|见证|亲身(?:体验|经历|分享)|真实(?:案例|分享|反馈|评价)|案例分享|心得分享|用户心得|晒单|回头客',
      '(?:媒体|报纸|杂志|电视|电台)?(?:专访|报道)',
      // Endorsement by famous people, or by doctors of what is ours.
      `(?:明星|网红|KOL|kol|博主|艺人|名人|名媛|达人|主播|偶像|模特|女星|男星|名模|影星|歌手)${CLAUSE}{0,10}?(?:推荐|力荐|青睐|信赖|信任|钟爱|最爱|都在|御用|同款|首选|选择|打卡|追捧|热捧|亲测|私藏|光顾|指定|代言|秘密|秘诀|必做|常做|爱用|都爱|喜爱)`,
      '代言|(?:明星|网红)同款|网红(?:诊所|疗程|项目)',
      '(?:医生|医师|专家|皮肤科医生)(?:们)?(?:都|一致|纷纷)?(?:推荐|认可|力荐|好评|赞誉)(?:我们|本诊所|这款|这项|本|该疗程)',
    ),
  },
  {
    id: 'social-proof',
    severity: 'error',
    negatedSeverity: 'warning',
    regulation: socialProof.regulation,
    message: socialProof.message,
    sentenceUnless: STUDY,
    pattern: re(
      // A count of people served: 三千多位顾客, 上万名顾客, 数千位患者.
      `(?:为|帮助|服务|治疗|治愈)(?:了|过)?(?:超过|逾|近|上|数|成千上)?\\s*(?:${NUM}[\\d,]*\\s*(?:万|千|百)?|万|千|百)(?:多|余)?\\s*(?:位|名|个|人次)?${PERSON}`,
      `(?:超过|逾)\\s*${NUM}[\\d,]*\\s*(?:万|千|百)?(?:多|余)?\\s*(?:位|名)?${PERSON}`,
      `深受${CLAUSE}{0,8}?(?:信赖|信任|喜爱|好评|欢迎)|(?:备受|广受|深得)${CLAUSE}{0,6}?(?:信赖|信任|喜爱|好评|欢迎|认可|推崇)`,
      `(?:荣获|获颁|斩获|赢得|曾获)${CLAUSE}{0,12}?(?:奖|殊荣|荣誉|称号)|获奖|得奖|屡获殊荣|被评为|票选|评选为`,
      `(?:\\d+\\s*%|百分之[一二三四五六七八九十]+)\\s*的?(?:患者|顾客|客户)${CLAUSE}{0,6}?(?:推荐|满意|愿意|选择|回头)`,
      '满意度|众多(?:顾客|患者)的?(?:选择|信赖)|万千|无数(?:顾客|患者|女性|人)|(?:患者|顾客)的?(?:首选|信赖之选)|回购率|复购率',
    ),
  },
  {
    id: 'promotion',
    severity: 'error',
    negatedSeverity: 'warning',
    regulation: promotion.regulation,
    message: promotion.message,
    pattern: re(
      // 打折扣 / 大打折扣 is an idiom: an effect is reduced.
      '优惠|打折(?!扣)|(?<!打)折扣(?:价|码|优惠)?|折后',
      // 八折, 7.5折, 七五折; not 骨折 or 折腾.
      '(?:[一二三四五六七八九]|\\d)(?:\\.\\d|[一二三四五六七八九五])?\\s*折(?![叠射磨腾痕])',
      // 免费 offers; not free parking, Wi-Fi, a toll-free line or free rescheduling.
      '免费(?!停车|泊车|Wi-?Fi|WiFi|wifi|无线|上网|热线|电话|饮用水|饮水|茶水|咖啡|取消|改期)',
      '免(?:咨询|诊|挂号|手续)费|费用全免|费全免|豁免|减免|免单',
      `赠送|赠品|加送|再送|即送|就送|买${CLAUSE}{1,8}?送|送(?:您|你)?(?:一|两|\\d)${CLAUSE}{0,3}?(?:次|个|份|支|瓶|套|张|盒|疗程)`,
      // Something given for booking or spending: 预约即可获得…, 消费可获赠….
      `(?:预约|消费|购买|报名|到访|来店|光临|介绍)${CLAUSE}{0,8}?(?:即可|就可|便可|就能|还能|可|即|就)(?:获得|获赠|领取|得到)`,
      '(?:付|收|只收|只付)(?:一半|半价)|一半的?(?:费用|价格|价钱)',
      '礼品|礼包|礼盒|伴手礼|好礼|见面礼|迎新礼|大礼|福袋|回馈|福利|请客',
      '限时|限量|限期|名额有限|仅限(?:本月|本周|今天|今日|前|首)|仅剩|只剩|最后\\s*\\d*\\s*[一二三四五六七八九十]*个?(?:名额|位|天)|名额|截止|前\\d+(?:名|位)|倒计时|欲购从速|错过(?:再等|不再)',
      `本(?:月|周)(?:内)?(?:预约|预订|下单|报名|购买|付款|特别|专享|限定)|(?:\\d+|[一二三四五六七八九十]+)月${CLAUSE}{0,4}?(?:前|之前|以前)(?:预约|预订|报名|付款|购买)|即日起`,
      '立减|直减|返现|现金回扣|抵用|抵扣|代金券|现金券|优惠券|优惠码|折扣码|礼券|礼卡|礼品卡|积分|会员(?:价|专享|优惠|日|福利|制|卡)|入会',
      '新客(?:专享|价|优惠|福利)?|新患者专享|体验价|试做价|尝鲜价|早鸟|特价|特惠|惠价|半价|低价|特别价|超值|划算|套餐|配套(?!设施)|组合价|疗程卡|次卡|年卡',
      '促销|大促|秒杀|抢购|团购|拼团|清仓|周年庆|店庆|酬宾|抽奖',
      `(?:新春|农历新年|国庆|母亲节|父亲节|情人节|圣诞|中秋|开斋节|屠妖节|周年|开业)${CLAUSE}{0,6}?(?:优惠|特惠|特别|礼|套餐|配套|活动|酬宾|折|价)`,
      '推荐(?:朋友|好友|亲友)|介绍(?:朋友|好友|亲友)|带(?:朋友|闺蜜|妈妈|家人)|闺蜜同行|第二(?:次|件|位)',
    ),
  },
  {
    id: 'price-wording',
    severity: 'error',
    negatedSeverity: 'warning',
    regulation: priceWording.regulation,
    message: priceWording.message,
    pattern: re(
      '(?:低至|仅需|只需|只要|仅|最低|起价|起步价)\\s*(?:S?\\$|新币|新元)\\s*\\d',
      'S?\\$\\s*\\d[\\d,.]*\\s*(?:元)?\\s*起',
      'S?\\$\\s*\\d[\\d,.]*\\s*(?:至|到|-|~|—)\\s*S?\\$?\\s*\\d',
      '(?:不到|不超过|少于|低于)\\s*S?\\$\\s*\\d',
      '原价|市价|门市价|平时价|平常价|\\d+\\s*(?:新币|新元)起',
    ),
  },
  {
    id: 'patient-result-wording',
    severity: 'error',
    negatedSeverity: 'warning',
    regulation: patientResultWording.regulation,
    message: patientResultWording.message,
    // "治疗前后请避免日晒" (before and after treatment, avoid the sun) names no picture.
    pattern: re(
      '前后(?:的)?(?:对比|照片|照|图片|图|效果图|比较)',
      '对比(?:图|照|照片)|效果图|案例(?:照片|图|图片)|真人(?:案例|实拍|对比)|术后(?:照片|效果图|照)|(?:治疗|疗程)后(?:的)?照片',
    ),
  },
  {
    id: 'prescription-brand',
    severity: 'error',
    negatedSeverity: 'error',
    questionSeverity: 'error',
    regulation: prescriptionBrand.regulation,
    message: prescriptionBrand.message,
    ignoreContext: true,
    // Chinese names of brands on the English list (保妥适 Botox, 吉适 Dysport, 乐提葆 Letybo,
    // 罗可坦 Roaccutane, 达芙文 Differin, 保法止 Propecia) and 衡力, a botulinum toxin brand.
    pattern: re('保妥适|保妥適|吉适|乐提葆|衡力|罗可坦|达芙文|保法止', latinBrands(PRESCRIPTION_BRANDS)),
  },
  {
    id: 'prescription-medicine',
    severity: 'warning',
    regulation: prescriptionMedicine.regulation,
    message: prescriptionMedicine.message,
    // Generics on the English list; botulinum toxin (肉毒杆菌素) is not listed there either.
    pattern: re(
      '(?:异)?维A酸|(?:异)?维甲酸|氢醌|对苯二酚|口服(?:氨甲环酸|传明酸)|(?:氨甲环酸|传明酸)(?:片|药片|口服)',
      '非那雄胺|比马前列素|螺内酯|安体舒通|米诺环素',
    ),
  },
  {
    id: 'device-brand',
    severity: 'warning',
    regulation: deviceBrand.regulation,
    message: deviceBrand.message,
    ignoreContext: true,
    // 热玛吉 Thermage, 乔雅登 Juvederm, 瑞蓝 Restylane, 欧洲之星 Fotona, 海菲秀 HydraFacial.
    pattern: re('热玛吉|乔雅登|瑞蓝|欧洲之星|海菲秀', latinBrands(DEVICE_BRANDS)),
  },
  {
    id: 'specialty-title',
    severity: 'warning',
    regulation: specialtyTitle.regulation,
    message: specialtyTitle.message,
    pattern: re('(?:医美|美容|美学|医学美容|整形美容)(?:医生|医师|外科医生|皮肤科医生)'),
  },
]

// Quotes and stories: a span per sentence, not a phrase.
export const ZH_QUOTE = {
  id: 'testimonial-quote',
  message:
    'A quotation attributed to a patient, or a patient speaking in the first person, is a testimonial. The clinic may not publish it; remove it.',
  regulation: REGULATIONS.testimonial,
}
export const ZH_STORY = {
  id: 'patient-story',
  message:
    'This tells the result of a particular patient. A patient story is an after-only depiction and a testimonial, which the clinic may not publish; describe what typically happens instead.',
  regulation: REGULATIONS.patientStory,
}

const QUOTE_SAID = /(?:说|表示|分享|反馈|写道|称|留言|评价|感叹|告诉我们)\s*[：:，,]?\s*"[^"]{2,}"/u
const QUOTE_FIRST_PERSON = /"[^"]*我(?!们)[^"]*"/u
// First person singular telling a treatment and its result ("我做完之后…"); 我们 is the clinic.
const FIRST_PERSON_STORY =
  /我(?!们)[^。！？]{0,20}?(?:做完|打完|做了|打了|治疗后|疗程后|之后|以后|终于|再也|从此|自从)/u
const NAMED_PERSON = new RegExp(
  `(?:[陈林李王张黄吴刘蔡杨郑谢郭许何罗梁宋曾周邱苏叶洪方钟潘徐胡高朱马]|[A-Z][a-z]+)\\s?(?:小姐|女士|太太|先生|阿姨)`,
  'u',
)
const DESCRIBED_PERSON = new RegExp(
  `(?:一位|这位|那位|有位|我们的)${CLAUSE}{0,12}?${PERSON}|\\d+岁的${CLAUSE}{0,6}?${PERSON}|${NUM}岁的`,
  'u',
)
const PRONOUN_SKIN = /(?:她|他)(?:的)?(?:皮肤|肌肤|脸|脸上|痘痘|毛孔|色斑|斑|皱纹|自信|心情|晒斑)/u
const QUESTION = /[？?]\s*$|吗\s*$/u

/** The span of a quote or patient story in a Chinese sentence, if it tells one. */
export function findZhStory(sentence: string): {id: string; start: number; end: number} | undefined {
  const trimmedEnd = sentence.trimEnd().length
  const quote = QUOTE_SAID.exec(sentence) ?? QUOTE_FIRST_PERSON.exec(sentence)
  if (quote) return {id: ZH_QUOTE.id, start: quote.index, end: quote.index + quote[0].length}
  // A first-person question is a reader's question in an FAQ ("我做完之后可以化妆吗？").
  const first = FIRST_PERSON_STORY.exec(sentence)
  if (first && !QUESTION.test(sentence.trim())) return {id: ZH_QUOTE.id, start: first.index, end: trimmedEnd}
  if (STUDY.test(sentence) || !CHANGE.test(sentence)) return undefined
  for (const pattern of [NAMED_PERSON, DESCRIBED_PERSON, PRONOUN_SKIN]) {
    const m = pattern.exec(sentence)
    if (!m) continue
    if (STAFF.test(sentence.slice(m.index + m[0].length))) continue
    return {id: ZH_STORY.id, start: m.index, end: trimmedEnd}
  }
  return undefined
}
