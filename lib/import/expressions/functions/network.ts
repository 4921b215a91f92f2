import type { TfValue } from '../../types'
import { ExpressionEvalError } from '../errors'
import { toInteger, toStr } from '../values'
import { checkArity, type TfFunction } from './function'

/** An IP network: its address as a number, 32 or 128 bits, and the prefix length. */
type Network = { address: bigint; bits: 32 | 128; prefix: number }

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let n = 0n
  for (const p of parts) {
    // Terraform reads leading zeros as decimal ("010" is 10), "a historical accident" its docs keep.
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined
    n = (n << 8n) | BigInt(p)
  }
  return n
}

function parseIpv6(text: string): bigint | undefined {
  let groups: string[]
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const head = halves[0] === '' ? [] : (halves[0] as string).split(':')
  const tail = halves.length === 2 && halves[1] !== '' ? (halves[1] as string).split(':') : []
  const last = (tail.length > 0 ? tail : head).at(-1)
  const words: string[] = []
  const expand = (list: string[]) => {
    for (const g of list) {
      if (g.includes('.')) {
        const v4 = parseIpv4(g)
        if (v4 === undefined || g !== last) return false
        words.push(((v4 >> 16n) & 0xffffn).toString(16), (v4 & 0xffffn).toString(16))
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return false
        words.push(g)
      }
    }
    return true
  }
  if (!expand(head)) return undefined
  const headWords = words.length
  if (!expand(tail)) return undefined
  if (halves.length === 2) {
    const missing = 8 - words.length
    if (missing < 1) return undefined
    groups = [...words.slice(0, headWords), ...Array<string>(missing).fill('0'), ...words.slice(headWords)]
  } else {
    groups = words
  }
  if (groups.length !== 8) return undefined
  return groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n)
}

/** `10.0.0.0/16` → its network (host bits cleared, as Go's net.ParseCIDR returns it). */
function parseCidr(text: string): Network {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text)
  const v4 = m ? parseIpv4(m[1] as string) : undefined
  const v6 = m && v4 === undefined ? parseIpv6(m[1] as string) : undefined
  const bits = v4 !== undefined ? 32 : 128
  const prefix = m ? Number(m[2]) : NaN
  const address = v4 ?? v6
  if (address === undefined || !(prefix <= bits)) throw new ExpressionEvalError(`${JSON.stringify(text)} is not a CIDR prefix such as "10.0.0.0/16"`)
  // An IPv4-mapped IPv6 prefix (::ffff:10.0.0.0/104) is the IPv4 prefix, as Go reads it.
  if (bits === 128 && address >> 32n === 0xffffn && prefix >= 96) return { address: maskAddress(address & 0xffffffffn, 32, prefix - 96), bits: 32, prefix: prefix - 96 }
  return { address: maskAddress(address, bits, prefix), bits, prefix }
}

function hostMask(bits: number, prefix: number): bigint {
  return (1n << BigInt(bits - prefix)) - 1n
}

function maskAddress(address: bigint, bits: number, prefix: number): bigint {
  return address & ~hostMask(bits, prefix) & ((1n << BigInt(bits)) - 1n)
}

function formatAddress(address: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => ((address >> s) & 0xffn).toString()).join('.')
  const groups = Array.from({ length: 8 }, (_, i) => Number((address >> BigInt(112 - 16 * i)) & 0xffffn))
  // RFC 5952: the longest run of two or more zero groups becomes "::" (the first, on a tie).
  let best = { start: -1, length: 1 }
  for (let i = 0; i < 8; ) {
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > best.length) best = { start: i, length: j - i }
    i = j === i ? i + 1 : j
  }
  const hex = groups.map((g) => g.toString(16))
  if (best.start < 0) return hex.join(':')
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`
}

const formatCidr = (n: Network) => `${formatAddress(n.address, n.bits)}/${n.prefix}`

/** The subnet after `current` with the given prefix length (hashicorp/go-cidr NextSubnet); undefined past the end. */
function nextSubnet(current: Network, prefix: number): Network | undefined {
  const currentLast = current.address | hostMask(current.bits, current.prefix)
  const subnet = maskAddress(currentLast, current.bits, prefix)
  const after = (subnet | hostMask(current.bits, prefix)) + 1n
  if (after >> BigInt(current.bits) !== 0n) return undefined
  return { address: after, bits: current.bits, prefix }
}

function cidrsubnet(prefixText: string, newbits: number, netnum: number): Network {
  const net = parseCidr(prefixText)
  const prefix = net.prefix + newbits
  if (newbits < 0 || prefix > net.bits) throw new ExpressionEvalError(`cannot add ${newbits} bits to a /${net.prefix} prefix of ${net.bits}-bit addresses`)
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) throw new ExpressionEvalError(`the network number ${netnum} does not fit in ${newbits} new bits`)
  return { address: net.address | (BigInt(netnum) << BigInt(net.bits - prefix)), bits: net.bits, prefix }
}

/**
 * Terraform's IP network functions (developer.hashicorp.com/terraform/language/functions, "IP
 * Network Functions"): cidrsubnet("10.0.0.0/16", 8, 2) = "10.0.2.0/24".
 */
export const networkFunctions: Record<string, TfFunction> = {
  cidrsubnet: (args) => {
    checkArity('cidrsubnet', args, 3)
    return formatCidr(cidrsubnet(toStr(args[0] as TfValue, 'the prefix'), toInteger(args[1] as TfValue, 'newbits'), toInteger(args[2] as TfValue, 'netnum')))
  },
  /** cidrhost("10.12.112.0/20", 16) = "10.12.112.16"; a negative number counts from the end. */
  cidrhost: (args) => {
    checkArity('cidrhost', args, 2)
    const net = parseCidr(toStr(args[0] as TfValue, 'the prefix'))
    const hostnum = toInteger(args[1] as TfValue, 'hostnum')
    const size = 1n << BigInt(net.bits - net.prefix)
    const host = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum)
    if (host < 0n || host >= size) throw new ExpressionEvalError(`the host number ${hostnum} does not fit in a /${net.prefix} prefix`)
    return formatAddress(net.address | host, net.bits)
  },
  cidrnetmask: (args) => {
    checkArity('cidrnetmask', args, 1)
    const net = parseCidr(toStr(args[0] as TfValue, 'the prefix'))
    if (net.bits !== 32) throw new ExpressionEvalError('cidrnetmask() only works on IPv4 prefixes')
    return formatAddress(maskAddress(0xffffffffn, 32, net.prefix), 32)
  },
  /** Consecutive subnets, each aligned to its own size: cidrsubnets("10.1.0.0/16", 4, 4, 8, 4). */
  cidrsubnets: (args) => {
    checkArity('cidrsubnets', args, 1, Infinity)
    const net = parseCidr(toStr(args[0] as TfValue, 'the prefix'))
    const newbits = args.slice(1).map((a) => toInteger(a, 'newbits'))
    if (newbits.length === 0) return []
    // Start just before the network (go-cidr PreviousSubnet), so the first subnet is its start.
    const firstPrefix = net.prefix + (newbits[0] as number)
    const all = (1n << BigInt(net.bits)) - 1n
    let current: Network = { address: maskAddress((net.address - 1n) & all, net.bits, Math.min(firstPrefix, net.bits)), bits: net.bits, prefix: Math.min(firstPrefix, net.bits) }
    return newbits.map((bits) => {
      const prefix = net.prefix + bits
      if (bits < 1 || prefix > net.bits) throw new ExpressionEvalError(`cannot add ${bits} bits to a /${net.prefix} prefix of ${net.bits}-bit addresses`)
      const next = nextSubnet(current, prefix)
      if (!next || maskAddress(next.address, net.bits, net.prefix) !== net.address) throw new ExpressionEvalError(`not enough address space left for a /${prefix} subnet after ${formatCidr(current)}`)
      current = next
      return formatCidr(next)
    })
  },
}
