import type {Locale} from '@/lib/i18n/locales'

// The error boundary is client code on every page, so its few words live here rather than in
// messages/<locale>/site.json: importing that file would ship all of it to every reader.
export const ERROR_COPY: Record<Locale, {title: string; body: string; retry: string; home: string}> = {
  en: {
    title: 'This page did not load',
    body: "Something went wrong on our side. Please try again; if it keeps happening, the clinic's phone and WhatsApp are below.",
    retry: 'Try again',
    home: 'Go to the home page',
  },
  'zh-Hans': {
    title: '页面未能加载',
    body: '我们这边出了问题。请再试一次；如果问题持续，可通过页面下方的诊所电话或 WhatsApp 联系我们。',
    retry: '重试',
    home: '返回首页',
  },
}
