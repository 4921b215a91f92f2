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
  return [...breaches].map(([key, breach]) => {
    const shown = breach.edges.slice(0, 3).map((e) => `${e.from} → ${e.to} on ${e.port} (${e.sgId})`)
    const shownKo = breach.edges.slice(0, 3).map((e) => `${e.from} → ${e.to} 포트 ${e.port}(${e.sgId})`)
    const more = breach.edges.length > 3 ? ` and ${breach.edges.length - 3} more` : ''
    const moreKo = breach.edges.length > 3 ? ` 외 ${breach.edges.length - 3}건` : ''
    const policyEntry = `{ from: '${breach.from}', to: '${breach.to}' }`
    return {
      id: `policy-breach:${key}`,
      severity: 'high' as const,
      resource: breach.edges[0]?.to ?? breach.to,
      message: `The security policy does not allow ${breach.from} → ${breach.to}, yet ${shown.join(', ')}${more}.`,
      fix: `Remove the rules that admit these connections, or add ${policyEntry} to the policy if they are intended.`,
      ko: {
        message: `보안 정책은 ${breach.from} → ${breach.to} 연결을 허용하지 않지만, ${shownKo.join(', ')}${moreKo} 연결이 가능합니다.`,
        fix: `이 연결을 허용하는 규칙을 삭제하세요. 의도한 연결이라면 정책에 ${policyEntry} 항목을 추가하세요.`,
      },
    }
  })
}
