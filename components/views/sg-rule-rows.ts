import type { ArchitectureConfig, RuleSource, SgRule } from '@/lib/model'
import { CLOUDFRONT_PREFIX_LIST, isWorldCidr } from '@/lib/security'
import type { Locale } from '@/lib/i18n/locale'
import { viewSay } from './view-say'

/** One row of the security-group rule table, as the seed's table reads. */
type SgRuleRow = {
  key: string
  group: string
  direction: 'Inbound' | 'Outbound'
  protocol: string
  ports: string
  /** Source for inbound, destination for outbound: a group name or a CIDR with its label. */
  peer: string
  description: string
  /** True for the egress AWS creates when a group declares none. */
  isDefault: boolean
  /** The peer is 0.0.0.0/0. */
  worldOpen: boolean
}

function describePeer(config: Pick<ArchitectureConfig, 'securityGroups'>, peer: RuleSource): string {
  if (peer.kind === 'sg') return config.securityGroups.find((g) => g.id === peer.sgId)?.name ?? peer.sgId
  // AWS's name for the list, as the console shows it.
  if (peer.kind === 'prefix-list') return CLOUDFRONT_PREFIX_LIST
  return peer.label ? `${peer.cidr} (${peer.label})` : peer.cidr
}

function describePorts(rule: SgRule, all: string): string {
  if (rule.protocol === 'all') return all
  return rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}–${rule.toPort}`
}

/**
 * Every rule of every group, inbound before outbound; a group without egress rules gets AWS's default
 * "all outbound" row. Example (swiftlogix): ALB-SG Inbound TCP 443 from 0.0.0.0/0 (Internet) … Bastion-SG
 * Outbound TCP 5432 to RDS-SG.
 */
export function listSgRuleRows(config: Pick<ArchitectureConfig, 'securityGroups'>, locale: Locale): SgRuleRow[] {
  const w = viewSay(locale)
  return config.securityGroups.flatMap((group) => {
    const row = (direction: SgRuleRow['direction'], rule: SgRule, index: number): SgRuleRow => ({
      key: `${group.id}:${direction}:${index}`,
      group: group.name,
      direction,
      protocol: rule.protocol === 'all' ? w('all') : rule.protocol.toUpperCase(),
      ports: describePorts(rule, w('all')),
      peer: describePeer(config, rule.peer),
      description: rule.description ?? '',
      isDefault: false,
      worldOpen: rule.peer.kind === 'cidr' && isWorldCidr(rule.peer.cidr),
    })
    const inbound = group.ingress.map((rule, i) => row('Inbound', rule, i))
    const outbound = group.egress
      ? group.egress.map((rule, i) => row('Outbound', rule, i))
      : [
          {
            key: `${group.id}:Outbound:default`,
            group: group.name,
            direction: 'Outbound' as const,
            protocol: w('all'),
            ports: w('all'),
            peer: '0.0.0.0/0',
            description: w('aws-default-outbound'),
            isDefault: true,
            worldOpen: true,
          },
        ]
    return [...inbound, ...outbound]
  })
}
