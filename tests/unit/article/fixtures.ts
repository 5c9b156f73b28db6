import type {AnyBlock} from '@/lib/article/portable-text'

let key = 0
const k = () => `k${++key}`

export function block(text: string, style = 'normal', extra: Record<string, unknown> = {}): AnyBlock {
  return {
    _type: 'block',
    _key: k(),
    style,
    markDefs: [],
    children: [{_type: 'span', _key: k(), text, marks: []}],
    ...extra,
  }
}

export const h2 = (text: string) => block(text, 'h2')
export const h3 = (text: string) => block(text, 'h3')
export const h4 = (text: string) => block(text, 'h4')
