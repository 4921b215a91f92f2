/** An IPv4 block as integers: 10.0.4.0/24 → { base: 167773184, prefix: 24 }. */
export type Ipv4Block = { base: number; prefix: number }

const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

/**
 * Parses an IPv4 CIDR and clears the host bits, or returns null for anything else (IPv6 included).
 * Example: parseCidr('10.0.4.7/24') → { base: ip('10.0.4.0'), prefix: 24 }.
 */
export function parseCidr(cidr: string): Ipv4Block | null {
  // Reachability asks about the same few CIDRs thousands of times on a large design: remember them.
  let parsed = parsedCidrs.get(cidr)
  if (parsed === undefined) {
    parsed = parseCidrUncached(cidr)
    if (parsedCidrs.size > 10_000) parsedCidrs.clear()
    parsedCidrs.set(cidr, parsed)
  }
  return parsed
}

const parsedCidrs = new Map<string, Ipv4Block | null>()

function parseCidrUncached(cidr: string): Ipv4Block | null {
  const match = IPV4_CIDR.exec(cidr)
  if (!match) return null
  const octets = match.slice(1, 5).map(Number)
  const prefix = Number(match[5])
  if (octets.some((o) => o > 255) || prefix > 32) return null
  const ip = octets.reduce((acc, octet) => ((acc << 8) + octet) >>> 0, 0)
  return { base: (ip & maskOf(prefix)) >>> 0, prefix }
}

/** True for "anyone": 0.0.0.0/0 and ::/0. Example: isWorldCidr('0.0.0.0/0') → true. */
export function isWorldCidr(cidr: string): boolean {
  return cidr.trim() === '::/0' || parseCidr(cidr)?.prefix === 0
}

/**
 * True when every address of `inner` lies in `outer`.
 * Example: cidrContains('0.0.0.0/0', '203.0.113.10/32') → true; cidrContains('10.0.4.0/24', '10.0.0.0/16') → false.
 */
export function cidrContains(outer: string, inner: string): boolean {
  if (outer.trim() === '::/0') return true
  const o = parseCidr(outer)
  const i = parseCidr(inner)
  if (!o || !i || i.prefix < o.prefix) return false
  return ((i.base & maskOf(o.prefix)) >>> 0) === o.base
}

/** True when the two blocks share an address. Example: cidrsOverlap('10.0.0.0/16', '10.0.4.0/24') → true. */
export function cidrsOverlap(a: string, b: string): boolean {
  return cidrContains(a, b) || cidrContains(b, a)
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']

/** RFC 1918 address space, which the internet does not route. Example: isPrivateCidr('10.0.0.0/16') → true. */
export function isPrivateCidr(cidr: string): boolean {
  return PRIVATE_RANGES.some((range) => cidrContains(range, cidr))
}

/** True for a single address (/32). Example: isSingleHostCidr('203.0.113.10/32') → true. */
export function isSingleHostCidr(cidr: string): boolean {
  return parseCidr(cidr)?.prefix === 32
}

function maskOf(prefix: number): number {
  return prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0
}
