// Chinese function words that carry no topic in a patient's question ("毛孔粗大怎么办", "果酸换肤
// 会不会痛"): particles, pronouns, question words and connectives. A short subset of the Baidu
// stop-word list (百度停用词表, as mirrored in github.com/yuanjie-ai/stopwords-zh,
// stopwords/data/stopwords.zh.baidu.txt). Words from that list that carry meaning on a clinic's
// site are deliberately left out: 安全, 有效, 彻底, 立即, 严重, 需要, 帮助, 问题 and the like are
// what patients search for (and what the compliance checks look for).
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  `的 了 着 过 地 得 之 吗 呢 吧 啊 呀 嘛 么 和 与 及 或 或者 而 而且 并 并且 但 但是 就 也 又 都 还 是 在
  对 对于 关于 把 被 让 给 从 向 以 由 于 为 为了 因为 所以 如果 虽然 这 那 这个 那个 这些 那些 这样 那样
  这种 那种 这里 那里 我 我们 你 你们 您 他 他们 她 她们 它 它们 自己 什么 怎么 怎样 怎么样 怎么办 如何
  为什么 为何 哪 哪个 哪些 哪里 多少 是否 是不是 会不会 能不能 可以 可能 能 会 要 有 有没有 没有 一些 一下
  一个 个 等 等等 请问 请`
    .split(/\s+/)
    .filter(Boolean),
)
