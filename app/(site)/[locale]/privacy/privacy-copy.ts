import type {Locale} from '@/lib/i18n/locales'

// The privacy notice's words per edition. A module rather than messages/*.json: the notice is a
// legal document of headed sections and lists, reviewed as a whole (by the clinic's DPO, for both
// languages side by side), not interface strings; it is read by this page only, so it stays out of
// the catalogue next-intl loads for every page. English takes its body from the clinic settings
// (editors keep it in the Studio); the Chinese body is written here, in natural Chinese, with the
// same content, point for point: when the English notice changes, this must change with it.

export interface NoticeFacts {
  clinicName: string
  retentionMonths?: number | null
  dpo?: {email?: string; phone?: string} | null
}

export interface NoticeSection {
  heading: string
  paragraphs: string[]
  bullets?: string[]
}

export interface PrivacyCopy {
  title: string
  home: string
  description: (clinicName: string) => string
  retention: (months: number) => string
  dpoHeading: string
  dpoIntro: string
  /** The notice itself, when the edition does not take it from the clinic settings. */
  body?: (facts: NoticeFacts) => NoticeSection[]
}

const en: PrivacyCopy = {
  title: 'Privacy notice',
  home: 'Home',
  description: (clinicName) =>
    `How ${clinicName} collects, uses and protects personal data under Singapore's PDPA, and how to reach our Data Protection Officer.`,
  retention: (months) => `Enquiries sent through this website are deleted automatically ${months} months after they arrive.`,
  dpoHeading: 'Data Protection Officer',
  dpoIntro: 'To ask what data we hold about you, correct it, or withdraw consent, contact:',
}

const zhHans: PrivacyCopy = {
  title: '隐私声明',
  home: '首页',
  description: (clinicName) =>
    `${clinicName}如何依照新加坡《个人资料保护法令》（PDPA）收集、使用和保护个人资料，以及如何联系我们的资料保护官。`,
  retention: (months) => `通过本网站发送的咨询，会在收到后 ${months} 个月自动删除。`,
  dpoHeading: '资料保护官',
  dpoIntro: '如想了解我们持有您哪些资料、更正资料或撤回同意，请联系：',
  body: ({clinicName, retentionMonths, dpo}) => {
    const contact = [dpo?.email, dpo?.phone].filter(Boolean).join(' 或 ')
    return [
      {
        heading: '关于我们',
        paragraphs: [
          `本声明说明${clinicName}如何依照新加坡《2012年个人资料保护法令》（PDPA）处理个人资料。这家诊所是虚构的，用来展示本网站如何运作。`,
        ],
      },
      {
        heading: '我们收集什么资料，用来做什么',
        paragraphs: [
          '当您通过本网站发送咨询时，我们会收集您的姓名、联系方式、您想了解的疗程或话题，以及您的留言。这些资料只用来回复您的咨询，以及在您需要时为您安排面诊。',
        ],
        bullets: [
          '本网站不会要求您提供身份证（NRIC）、准证（FIN）或护照号码。',
          '只有当您勾选表格上另外列出的选填方框，我们才会向您发送营销信息。不论您是否勾选，我们都会回复您的咨询。',
        ],
      },
      {
        heading: '哪些页面带来咨询',
        paragraphs: [
          '您发送咨询时，我们也会记录您是从本网站哪个页面过来的，例如您当时正在阅读的文章。这项记录与您的咨询保存在一起，也随咨询一起删除，包括您要求我们删除资料的时候。',
          '当您点击我们的 WhatsApp 或电话链接时，我们会在该页面当天的次数上加一。这个次数不记录是谁点击、使用什么设备或从什么地址点击。我们不为此使用 Cookie，也不使用任何外部追踪脚本。',
        ],
      },
      {
        heading: '您的咨询保存在哪里',
        paragraphs: [
          '咨询保存在诊所自己的咨询系统里，只有工作上需要的职员才能查看。咨询不会保存在发布本网站文章的系统里。如有服务供应商替我们处理资料（包括在新加坡境外），我们要求对方提供与 PDPA 相当的保护。',
        ],
      },
      {
        heading: '我们保存多久',
        paragraphs: [
          `没有转为预约的咨询，会在我们收到后 ${retentionMonths ?? 12} 个月删除。如果您成为我们的病人，您的病历会按照医疗记录的相关规定保存。`,
        ],
      },
      {
        heading: '撤回同意',
        paragraphs: [
          '您可以随时撤回让我们使用您个人资料的同意，包括用于营销的同意。如需撤回，请联系我们的资料保护官。我们会在合理的时间内处理您的要求，并告诉您撤回同意对仍在处理中的咨询有什么影响。',
        ],
      },
      {
        heading: '查阅、更正和疑问',
        paragraphs: [
          contact
            ? `如需索取您个人资料的副本、更正资料或提出疑虑，请联系我们的资料保护官：${contact}。`
            : '如需索取您个人资料的副本、更正资料或提出疑虑，请联系我们的资料保护官。',
        ],
      },
    ]
  },
}

export const PRIVACY_COPY: Record<Locale, PrivacyCopy> = {en, 'zh-Hans': zhHans}
