import type { Requirements } from '../model'
import type { Finding } from './finding'
import type { ReachEdge } from './list-reach-edges'
import { findResource, type ReachGraph } from './reach-graph'

/**
 * Compares every allowed connection with the policy's tier-to-tier list. A connection counts
 * as its source's role (internet, office, or the source resource's tier) → the target's tier;
 * connections within one tier are not policed. One finding per breached pair.
 * Example: a publicly accessible DB in an igw-routed tier gives internet → database on 5432, and
 * a policy without { from: 'internet', to: 'private-db' } yields 'policy-breach:internet->private-db' (high).
 */
export function findPolicyBreaches(graph: ReachGraph, edges: readonly ReachEdge[], requirements: Requirements): Finding[] {
  const allowed = requirements.securityPolicy.allowed
  const breaches = new Map<string, { from: string; to: string; edges: ReachEdge[] }>()
  for (const edge of edges) {
    const node = graph.nodeById.get(edge.from)
    const target = findResource(graph, edge.to)
    if (!node || !target) continue
    const from = node.kind === 'principal' ? node.principal.policyRole : node.resource.tier
    if (from === target.tier || allowed.some((a) => a.from === from && a.to === target.tier)) continue
    const key = `${from}->${target.tier}`
    const entry = breaches.get(key) ?? { from, to: target.tier, edges: [] }
    entry.edges.push(edge)
    breaches.set(key, entry)
  }
  return [...breaches].map(([key, breach]): Finding => {
    return {
      id: `policy-breach:${key}`,
      severity: 'high',
      resource: breach.edges[0]?.to ?? breach.to,
      message: {
        code: 'security.finding.policy-breach',
        params: {
          from: breach.from,
          to: breach.to,
          shown: breach.edges.slice(0, 3).map((e) => ({ from: e.from, to: e.to, port: e.port, sgId: e.sgId })),
          more: Math.max(0, breach.edges.length - 3),
        },
      },
      fix: { code: 'security.fix.policy-breach', params: { from: breach.from, to: breach.to } },
    }
  })
}
