import type {SearchDocuments} from '@/lib/content'
import {content, post, treatment} from './fixtures'

// A small Chinese edition written for these tests (not the site's copy): the pore guide under its
// contract id, three treatments and two other articles whose words sit close to the guide's
// (皮肤, 油脂, 清洁), so a match has to be the right one, not any Chinese page.
export const GUIDE_ID = 'post.can-you-close-pores-permanently.zh-Hans'

export function chineseContent(): SearchDocuments {
  const base = content({
    posts: [
      post('can-you-close-pores-permanently', {
        _id: GUIDE_ID,
        title: '毛孔能“关上”吗？毛孔粗大的原因与日常护理',
        excerpt: '毛孔是皮肤的正常结构，不能被关上。了解毛孔看起来变大的原因，才能选对护理方法。',
        headings: '毛孔为什么会显得粗大 黑头是怎么形成的 哪些方法有帮助',
        body:
          '毛孔是毛囊在皮肤表面的开口，皮脂从这里排出。油脂分泌旺盛、角质堆积和年龄增长带来的胶原流失，' +
          '都会让毛孔看起来更明显。黑头是堵在毛孔里的皮脂和角质接触空气后氧化变黑形成的。' +
          '含水杨酸（BHA）的产品能进入毛孔溶解油脂，果酸换肤可以让角质更新更均匀。' +
          '点阵激光和微针通过刺激胶原增生，让毛孔周围的皮肤更紧致，但效果因人而异，需要多次治疗。' +
          '每天涂防晒霜，可以减少紫外线对胶原的破坏。毛孔粗大怎么办？先从温和清洁和防晒做起，再请医生评估。',
        categories: ['皮肤护理'],
      }),
      post('oily-skin-care', {
        _id: 'post.oily-skin-care.zh-Hans',
        title: '油性皮肤的清洁与保湿',
        excerpt: '油性皮肤同样需要保湿。',
        body: '油性皮肤容易出油发亮。洗脸次数过多反而会刺激皮脂分泌。选择清爽的保湿产品，早晚各清洁一次即可。',
        categories: ['皮肤护理'],
      }),
      post('acne-basics', {
        _id: 'post.acne-basics.zh-Hans',
        title: '长痘痘了，先别急着挤',
        excerpt: '痘痘（痤疮）是常见的皮肤问题。',
        body: '脸上的痘不要用手挤，容易留下痘印和疤痕。轻度痤疮可以先用外用药物，持续不见好转时请看医生。',
        categories: ['痤疮'],
      }),
    ],
    treatments: [
      treatment('chemical-peel', {
        _id: 'treatment.chemical-peel.zh-Hans',
        name: '果酸换肤',
        summary: '用果酸等酸类溶液让老化角质脱落，改善肤色不均和粗糙。',
        downtime: '治疗后皮肤可能发红、轻微脱皮，一般几天内消退。',
        risks: ['刺痛感', '色素沉着'],
        aftercare: '治疗后一周内加强保湿，外出务必做好防晒。',
        faqs: [{question: '果酸换肤会痛吗？', answer: '多数人只感到轻微刺痛，医生会根据皮肤情况调整浓度。'}],
      }),
      treatment('laser', {
        _id: 'treatment.laser.zh-Hans',
        name: '点阵激光',
        summary: '激光在皮肤上形成微小的热损伤点，刺激胶原重建，用于痘疤和毛孔。',
        downtime: '发红和结痂通常持续五到七天。',
        sessions: '一般需要三到五次，每次间隔四周。',
      }),
      treatment('microneedling', {
        _id: 'treatment.microneedling.zh-Hans',
        name: '微针',
        summary: '用细针在皮肤上制造微小通道，促进胶原增生。',
        downtime: '治疗后一到两天皮肤会发红。',
      }),
    ],
    synonyms: [['黑头', '粉刺'], ['痘痘', '痤疮']],
  })
  return {
    ...base,
    clinic: base.clinic && {...base.clinic, clinicName: '示范皮肤诊所', tagline: '新加坡的医生主导皮肤诊所。', closures: ['圣诞节']},
    categories: [{title: '皮肤护理', slug: 'skin-care'}],
  }
}

/** English pages, one of which quotes the Chinese term 毛孔 (an English post with a Chinese word). */
export function englishContent(): SearchDocuments {
  return content({
    posts: [
      post('can-you-close-pores-permanently', {
        title: 'Can you close pores permanently?',
        excerpt: 'Pores are part of healthy skin and cannot be closed.',
        body: 'Pores look larger with oil, blocked follicles and age. Salicylic acid helps clear blackheads.',
      }),
      post('pores-in-chinese', {
        title: 'Talking about pores at the clinic',
        body: 'Many of our patients call pores 毛孔 (máo kǒng), and blackheads 黑头.',
      }),
    ],
    treatments: [treatment('chemical-peel', {name: 'Chemical peel', summary: 'Acids lift dead skin cells to even out tone.'})],
  })
}
