import type { CollapsedSummary, TopoNodeKind } from './topology-types'

/** Singular and plural nouns for what a collapsed group holds, in the words on the console. */
const NOUNS: Partial<Record<TopoNodeKind, readonly [string, string]>> = {
  service: ['service', 'services'],
  alb: ['load balancer', 'load balancers'],
  nat: ['NAT gateway', 'NAT gateways'],
  bastion: ['bastion host', 'bastion hosts'],
  database: ['database', 'databases'],
  cache: ['cache', 'caches'],
  endpoint: ['endpoint', 'endpoints'],
  igw: ['internet gateway', 'internet gateways'],
}

/** At most this many kinds are named; the rest are counted as 'N more'. */
const NAMED_KINDS = 2

/**
 * Counts the resources a collapsed group holds and says it in a few words, most numerous first.
 * Example: [service × 50, alb] → { count: 51, byKind: { service: 50, alb: 1 }, text: '50 services, 1 load balancer' };
 * [] → { count: 0, byKind: {}, text: 'no resources' }.
 */
export function summariseMembers(kinds: readonly TopoNodeKind[]): CollapsedSummary {
  const byKind: Partial<Record<TopoNodeKind, number>> = {}
  for (const kind of kinds) byKind[kind] = (byKind[kind] ?? 0) + 1
  // Most numerous first; ties in the order of NOUNS (services before load balancers before NAT).
  const order = Object.keys(NOUNS)
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length)
  const ranked = (Object.entries(byKind) as [TopoNodeKind, number][]).sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))
  const phrases = ranked.slice(0, NAMED_KINDS).map(([kind, n]) => {
    const [one, many] = NOUNS[kind] ?? [kind, `${kind}s`]
    return `${n} ${n === 1 ? one : many}`
  })
  const rest = ranked.slice(NAMED_KINDS).reduce((sum, [, n]) => sum + n, 0)
  const text = kinds.length === 0 ? 'no resources' : [...phrases, ...(rest > 0 ? [`${rest} more`] : [])].join(', ')
  return { count: kinds.length, byKind, text }
}
