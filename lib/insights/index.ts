// lib/insights' entry point: which pages bring enquiries and contact-link taps, as sums only.
export {
  INSIGHT_WEEKS,
  readEnquiryInsights,
  type EnquiryInsights,
  type LabelledCount,
  type PageTaps,
  type WeekCount,
} from './aggregates'
export {contactTapResponse} from './contact-tap-request'
export {contactTarget, countContactTap} from './contact-taps'
export {getEnquiryInsights} from './getters'
export {insightsToCsv} from './insights-csv'
export {getPageTitles, pageLabel, type PageTitles} from './page-titles'
