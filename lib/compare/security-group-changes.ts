import type { Scenario, SecurityGroup, SgRule } from '../model'
import { compareReason, type SgRuleFacts } from './compare-reasons'
import type { ConfigChange } from './types'

type Direction = 'ingress' | 'egress'
type Candidate = Omit<ConfigChange, 'effects' | 'effectTones' | 'impact'> & { apply: (target: Scenario, source: Scenario) => void }

/** What a rule lets through: a description or a CIDR's label alone is not a rule change (the generic entry shows it). */
const key = ({ protocol, fromPort, toPort, peer }: SgRule) =>
  JSON.stringify([protocol, fromPort, toPort, peer.kind === 'cidr' ? peer.cidr : peer.kind === 'sg' ? peer.sgId : peer.name])

/** Rules of `from` that `to` lacks, counted as a multiset (two identical rules are two rules). */
function missingIn(from: readonly SgRule[], to: readonly SgRule[]): SgRule[] {
  const left = new Map<string, number>()
  for (const rule of to) left.set(key(rule), (left.get(key(rule)) ?? 0) + 1)
  return from.filter((rule) => {
    const n = left.get(key(rule)) ?? 0
    if (n > 0) left.set(key(rule), n - 1)
    return n === 0
  })
}

function factsOf(rule: SgRule, groups: ReadonlyMap<string, string>): SgRuleFacts {
  const peer = rule.peer
  return {
    protocol: rule.protocol,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    peer: peer.kind === 'sg' ? { kind: 'sg', name: groups.get(peer.sgId) ?? peer.sgId } : peer.kind === 'cidr' ? { kind: 'cidr', cidr: peer.cidr, label: peer.label ?? null } : { kind: 'prefix-list' },
  }
}

/** Adds or removes one rule of one group's direction, then orders the group's rules as `source` does. */
function applyRule(groupId: string, direction: Direction, rule: SgRule, added: boolean) {
  return (target: Scenario, source: Scenario) => {
    const group = target.config.securityGroups.find((g) => g.id === groupId)
    const rules = group?.[direction]
    if (!group || !rules) throw new Error(`security group ${groupId} has no ${direction} rules to change`)
    const at = rules.findIndex((r) => key(r) === key(rule))
    if (!added && at < 0) return
    const next = added ? [...rules, structuredClone(rule)] : rules.filter((_, i) => i !== at)
    const order = (source.config.securityGroups.find((g) => g.id === groupId)?.[direction] ?? []).map(key)
    const rank = (r: SgRule) => (order.includes(key(r)) ? order.indexOf(key(r)) : order.length)
    group[direction] = next.sort((x, y) => rank(x) - rank(y))
  }
}

/**
 * The rules added to or removed from a group both plans have, one entry each, once the named
 * changes are applied to `a` (a load balancer removed takes its group's rules with it)
 * ("ECS SG: inbound rule TCP 8888 from App SG: in the plan → removed"). Groups added or removed,
 * and an egress list on one side only, stay with the generic "Security groups changed" entry.
 */
export function listSecurityGroupChanges(a: Scenario, b: Scenario): Candidate[] {
  const inB = new Map(b.config.securityGroups.map((g) => [g.id, g]))
  const names = new Map([...a.config.securityGroups, ...b.config.securityGroups].map((g) => [g.id, g.name]))
  return a.config.securityGroups.flatMap((before): Candidate[] => {
    const after = inB.get(before.id)
    if (!after) return []
    return (['ingress', 'egress'] as const).flatMap((direction) => rulesChanged(before, after, direction, names))
  })
}

function rulesChanged(before: SecurityGroup, after: SecurityGroup, direction: Direction, names: ReadonlyMap<string, string>): Candidate[] {
  const from = before[direction]
  const to = after[direction]
  if (!from || !to) return []
  // The path keys a row: unique per rule, `config.securityGroups[ecs-sg].ingress.removed[0]`.
  const entry = (rule: SgRule, added: boolean, index: number): Candidate => ({
    path: `config.securityGroups[${before.id}].${direction}.${added ? 'added' : 'removed'}[${index}]`,
    label: compareReason('sg-rule', { group: after.name, inbound: direction === 'ingress', rule: factsOf(rule, names) }),
    from: compareReason(added ? 'value.none' : 'value.present'),
    to: compareReason(added ? 'value.added' : 'value.removed'),
    specific: true,
    apply: applyRule(before.id, direction, rule, added),
  })
  return [...missingIn(from, to).map((rule, i) => entry(rule, false, i)), ...missingIn(to, from).map((rule, i) => entry(rule, true, i))]
}
