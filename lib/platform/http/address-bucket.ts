import {isIPv4, isIPv6} from 'node:net'

// One IPv4 address is one subscriber; one IPv6 subscriber usually gets a whole /64 (often more),
// and picks a new address inside it at will. Counting per full IPv6 address would give one client
// 2^64 fresh allowances, so every per-client limit counts IPv6 clients per /64.

function expandIPv6(address: string): number[] | undefined {
  let text = address.toLowerCase()
  const zone = text.indexOf('%')
  if (zone !== -1) text = text.slice(0, zone)
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4[1].split('.').map(Number)
    text = text.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail].map((g) => parseInt(g, 16))
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined
}

/** The rate-limit bucket of a client address: an IPv4 address as it is, an IPv6 address as its /64. */
export function addressBucket(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '')
  if (isIPv4(trimmed)) return trimmed
  if (!isIPv6(trimmed)) return trimmed
  const groups = expandIPv6(trimmed)
  if (!groups) return trimmed
  // IPv4-mapped (::ffff:a.b.c.d): the IPv4 client it stands for.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.')
  }
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`
}
