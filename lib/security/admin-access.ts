import type { ArchitectureConfig, Requirements } from '../model'
import { isSingleHostCidr, isWorldCidr } from './cidr'
import type { Finding } from './finding'
import { ruleCoversPort } from './rule-ports'

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
  evidence: string
}

/**
 * Defense layer 5: one controlled way in for operators.
 * Example (swiftlogix): bastion with SSH from Office 203.0.113.10/32 only, policy 'bastion' →
 * { bastionRestricted: true, meetsPolicy: true, evidence: 'Bastion admits SSH only from Office 203.0.113.10/32; …' }.
 */
export function reviewAdminAccess(config: ArchitectureConfig, requirements: Requirements): AdminAccessReview {
  const access = config.adminAccess
  const required = requirements.securityPolicy.adminAccess
  const groups = (access.bastion?.securityGroups ?? []).flatMap((id) => config.securityGroups.filter((g) => g.id === id))
  const sshRules = groups.flatMap((sg) =>
    sg.ingress.filter((r) => r.protocol !== 'udp' && ruleCoversPort(r, SSH_PORT)).map((rule) => ({ sg, rule })),
  )
  const sshSources = sshRules.map(({ rule }) =>
    rule.peer.kind === 'sg' ? `sg ${rule.peer.sgId}` : `${rule.peer.label ? `${rule.peer.label} ` : ''}${rule.peer.cidr}`,
  )
  const loose = sshRules.filter(({ rule }) => rule.peer.kind === 'cidr' && !isSingleHostCidr(rule.peer.cidr))
  const wideSshGroups = [...new Set(loose.filter(({ rule }) => rule.peer.kind === 'cidr' && !isWorldCidr(rule.peer.cidr)).map(({ sg }) => sg.id))]
  const hasBastion = access.bastion !== undefined
  const bastionRestricted = hasBastion && sshRules.length > 0 && loose.length === 0
  const managedAccess = access.ssm || access.instanceConnectEndpoint
  const pathPresent = required === 'bastion' ? bastionRestricted : required === 'ssm' ? managedAccess : bastionRestricted || managedAccess
  const meetsPolicy = pathPresent && (!hasBastion || bastionRestricted)

  const parts: string[] = []
  if (hasBastion) {
    parts.push(
      sshRules.length === 0
        ? 'Bastion has no SSH ingress'
        : bastionRestricted
          ? `Bastion admits SSH only from ${sshSources.join(', ')}`
          : `Bastion admits SSH from ${sshSources.join(', ')} (not only /32 addresses)`,
    )
  } else parts.push('No bastion')
  const managed = [access.ssm ? 'SSM Session Manager' : '', access.instanceConnectEndpoint ? 'EC2 Instance Connect Endpoint' : ''].filter(Boolean)
  parts.push(managed.length > 0 ? `${managed.join(' and ')} on` : 'no SSM or EC2 Instance Connect Endpoint')
  parts.push(`policy asks for ${required === 'either' ? 'a bastion or SSM' : required === 'ssm' ? 'SSM' : 'a bastion'}`)
  return { hasBastion, sshSources, bastionRestricted, wideSshGroups, managedAccess, required, meetsPolicy, evidence: `${parts.join('; ')}.` }
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
      message: 'There is no bastion, SSM Session Manager or EC2 Instance Connect Endpoint: operators have no controlled way in.',
      fix: 'Turn on SSM Session Manager (no inbound port) or add a bastion with SSH from the office /32.',
    })
  }
  if (!review.meetsPolicy) {
    findings.push({
      id: 'admin-access-mismatch',
      severity: 'medium',
      resource: 'bastion',
      message: `Admin access does not match the security policy: ${review.evidence}`,
      fix:
        review.required === 'ssm'
          ? 'Turn on SSM Session Manager or an EC2 Instance Connect Endpoint.'
          : 'Add a bastion whose group admits SSH only from /32 addresses, or (if the policy allows) use SSM.',
    })
  }
  for (const sgId of review.wideSshGroups) {
    const name = config.securityGroups.find((g) => g.id === sgId)?.name ?? sgId
    findings.push({
      id: `bastion-ssh-not-single-host:${sgId}`,
      severity: 'medium',
      resource: `sg:${sgId}`,
      message: `${name} admits SSH to the bastion from an address range wider than one host.`,
      fix: 'Narrow the SSH source to the office\'s /32 address(es).',
    })
  }
  return findings
}
