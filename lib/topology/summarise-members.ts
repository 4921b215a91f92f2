import type { CollapsedSummary, TopoNodeKind } from './topology-types'

/** The kinds a collapsed group names, in the order ties are broken: services before load balancers before NAT. */
const NAMING_ORDER: readonly TopoNodeKind[] = ['service', 'alb', 'nat', 'bastion', 'database', 'cache', 'endpoint', 'igw']

/** At most this many kinds are named; the rest are counted as 'N more'. */
const NAMED_KINDS = 2

/**
 * Counts the resources a collapsed group holds and names the most numerous kinds; the catalog
 * words it ('50 services, 1 load balancer').
 * Example: [service × 50, alb] → { count: 51, byKind: { service: 50, alb: 1 },
 * text: { code: 'topology.members', params: { named: [{ kind: 'service', count: 50 }, { kind: 'alb', count: 1 }], more: 0 } } };
 * [] → { count: 0, byKind: {}, text: { code: 'topology.members.none', params: {} } }.
 */
export function summariseMembers(kinds: readonly TopoNodeKind[]): CollapsedSummary {
  const byKind: Partial<Record<TopoNodeKind, number>> = {}
  for (const kind of kinds) byKind[kind] = (byKind[kind] ?? 0) + 1
  if (kinds.length === 0) return { count: 0, byKind, text: { code: 'topology.members.none', params: {} } }
  const rank = (kind: TopoNodeKind) => (NAMING_ORDER.includes(kind) ? NAMING_ORDER.indexOf(kind) : NAMING_ORDER.length)
  const ranked = (Object.entries(byKind) as [TopoNodeKind, number][]).sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))
  const named = ranked.slice(0, NAMED_KINDS).map(([kind, count]) => ({ kind, count }))
  const more = ranked.slice(NAMED_KINDS).reduce((sum, [, n]) => sum + n, 0)
  return { count: kinds.length, byKind, text: { code: 'topology.members', params: { named, more } } }
}
