import type { ArchitectureConfig, SecurityGroup, SgRule } from './architecture'
import { nextFreeId } from './edit-ids'

export type RuleDirection = 'ingress' | 'egress'

/**
 * What AWS puts in a new group's outbound rules: all traffic to anywhere. An omitted `egress` means
 * it (SecurityGroupSchema: "Omitted egress means all outbound, as AWS creates by default"), so the
 * inspector lists it, and editing the outbound rules starts from it.
 */
export const ALL_OUTBOUND: SgRule = { protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }

/** The rules of one direction as AWS holds them: an omitted egress is the default all-outbound rule. */
export function listRules(group: SecurityGroup, direction: RuleDirection): SgRule[] {
  return direction === 'ingress' ? group.ingress : (group.egress ?? [ALL_OUTBOUND])
}

function updateGroup(config: ArchitectureConfig, groupId: string, change: (group: SecurityGroup) => SecurityGroup): ArchitectureConfig {
  return { ...config, securityGroups: config.securityGroups.map((g) => (g.id === groupId ? change(g) : g)) }
}

/** Adds an empty group named `name` (no inbound, all outbound). Returns its id ('sg', 'sg-2', …). */
export function addSecurityGroup(config: ArchitectureConfig, name: string): { config: ArchitectureConfig; groupId: string } {
  const groupId = nextFreeId('sg', config.securityGroups.map((g) => g.id))
  return { config: { ...config, securityGroups: [...config.securityGroups, { id: groupId, name, ingress: [] }] }, groupId }
}

/**
 * Removes a group. A group something still carries, or a rule elsewhere names, is left for the
 * schema to refuse (model.unknown-security-group at that place): the user sees what uses it.
 */
export function removeSecurityGroup(config: ArchitectureConfig, groupId: string): ArchitectureConfig {
  return { ...config, securityGroups: config.securityGroups.filter((g) => g.id !== groupId) }
}

/** Adds a rule at the end of one direction; ports in the wrong order are left for the schema. */
export function addRule(config: ArchitectureConfig, groupId: string, direction: RuleDirection, rule: SgRule): ArchitectureConfig {
  return updateGroup(config, groupId, (g) => ({ ...g, [direction]: [...listRules(g, direction), rule] }))
}

/** Removes the rule at `index` (0-based) of one direction, as listRules lists them. */
export function removeRule(config: ArchitectureConfig, groupId: string, direction: RuleDirection, index: number): ArchitectureConfig {
  return updateGroup(config, groupId, (g) => ({ ...g, [direction]: listRules(g, direction).filter((_, i) => i !== index) }))
}
