import type { ArchitectureConfig, Requirements } from '../model'
import { isSingleHostCidr, isWorldCidr } from './cidr'
import { CLOUDFRONT_PREFIX_LIST } from './cloudfront-prefix-list'
import type { Finding } from './finding'
import { ruleCoversPort } from './rule-ports'
import type { AdminEvidence } from './security-reasons'

const SSH_PORT = 22

/** How operators get in, and whether that matches the security policy. */
export type AdminAccessReview = {
  hasBastion: boolean
  /** SSH rules on the bastion's groups, as 'Office 203.0.113.10/32' or 'sg ops-sg'. */
  sshSources: string[]
  /** The bastion admits SSH only from /32 addresses or security groups (and admits some). */
  bastionRestricted: boolean
  /** Groups admitting SSH from ranges wider than one host (world excluded). */
  wideSshGroups: string[]
  /** SSM Session Manager or an EC2 Instance Connect Endpoint: no inbound port at all. */
  managedAccess: boolean
  required: Requirements['securityPolicy']['adminAccess']
  meetsPolicy: boolean
  /** The bastion's SSH sources, the managed paths and what the policy asks for ('Bastion admits SSH only from …; policy asks for a bastion.'). */
  evidence: AdminEvidence
}

/**
 * Defense layer 5: one controlled way in for operators.
 * Example (swiftlogix): bastion with SSH from Office 203.0.113.10/32 only, policy 'bastion' →
 * { bastionRestricted: true, meetsPolicy: true, evidence: { code: 'security.admin.evidence', params: { bastion: 'restricted', … } } }
 * ('Bastion admits SSH only from Office 203.0.113.10/32; …').
 */
export function reviewAdminAccess(config: ArchitectureConfig, requirements: Requirements): AdminAccessReview {
  const access = config.adminAccess
  const required = requirements.securityPolicy.adminAccess
  const groups = (access.bastion?.securityGroups ?? []).flatMap((id) => config.securityGroups.filter((g) => g.id === id))
  const sshRules = groups.flatMap((sg) =>
    sg.ingress.filter((r) => r.protocol !== 'udp' && ruleCoversPort(r, SSH_PORT)).map((rule) => ({ sg, rule })),
  )
  const sshSources = sshRules.map(({ rule }) =>
    rule.peer.kind === 'sg'
      ? `sg ${rule.peer.sgId}`
      : rule.peer.kind === 'prefix-list'
        ? CLOUDFRONT_PREFIX_LIST
        : `${rule.peer.label ? `${rule.peer.label} ` : ''}${rule.peer.cidr}`,
  )
  const loose = sshRules.filter(({ rule }) => rule.peer.kind === 'cidr' && !isSingleHostCidr(rule.peer.cidr))
  const wideSshGroups = [...new Set(loose.filter(({ rule }) => rule.peer.kind === 'cidr' && !isWorldCidr(rule.peer.cidr)).map(({ sg }) => sg.id))]
  const hasBastion = access.bastion !== undefined
  const bastionRestricted = hasBastion && sshRules.length > 0 && loose.length === 0
  const managedAccess = access.ssm || access.instanceConnectEndpoint
  const pathPresent = required === 'bastion' ? bastionRestricted : required === 'ssm' ? managedAccess : bastionRestricted || managedAccess
  const meetsPolicy = pathPresent && (!hasBastion || bastionRestricted)

  const evidence: AdminEvidence = {
    code: 'security.admin.evidence',
    params: {
      bastion: !hasBastion ? 'none' : sshRules.length === 0 ? 'no-ssh' : bastionRestricted ? 'restricted' : 'wide',
      sshSources,
      ssm: access.ssm,
      instanceConnect: access.instanceConnectEndpoint,
      required,
    },
  }
  return { hasBastion, sshSources, bastionRestricted, wideSshGroups, managedAccess, required, meetsPolicy, evidence }
}

/**
 * Example: no bastion, ssm off, no EICE → 'no-admin-path' (low) and, when the policy names a path,
 * 'admin-access-mismatch' (medium); SSH from 203.0.113.0/24 → 'bastion-ssh-not-single-host:<sgId>' (medium).
 */
export function findAdminAccessIssues(config: ArchitectureConfig, review: AdminAccessReview): Finding[] {
  const findings: Finding[] = []
  if (!review.hasBastion && !review.managedAccess) {
    findings.push({
      id: 'no-admin-path',
      severity: 'low',
      resource: 'bastion',
      message: { code: 'security.finding.no-admin-path', params: {} },
      fix: { code: 'security.fix.no-admin-path', params: {} },
    })
  }
  if (!review.meetsPolicy) {
    findings.push({
      id: 'admin-access-mismatch',
      severity: 'medium',
      resource: 'bastion',
      message: { code: 'security.finding.admin-access-mismatch', params: { evidence: review.evidence } },
      fix: review.required === 'ssm' ? { code: 'security.fix.admin-access-ssm', params: {} } : { code: 'security.fix.admin-access-bastion', params: {} },
    })
  }
  for (const sgId of review.wideSshGroups) {
    const name = config.securityGroups.find((g) => g.id === sgId)?.name ?? sgId
    findings.push({
      id: `bastion-ssh-not-single-host:${sgId}`,
      severity: 'medium',
      resource: `sg:${sgId}`,
      message: { code: 'security.finding.bastion-ssh-not-single-host', params: { group: name } },
      fix: { code: 'security.fix.bastion-ssh-not-single-host', params: {} },
    })
  }
  return findings
}
