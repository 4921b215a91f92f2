import { text, verbatim, type Text } from '../explain/text'
import type { ArchitectureConfig, Requirements } from '../model'
import { withJosa } from '../narrative/josa'
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
  /** The evidence in Korean, in the same order: '배스천 호스트는 … SSH를 허용합니다. …'. */
  ko: { evidence: string }
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

  const sources = sshSources.join(', ')
  const parts: Text[] = []
  if (hasBastion) {
    parts.push(
      sshRules.length === 0
        ? text('Bastion has no SSH ingress', '배스천 호스트에 SSH 인바운드 규칙이 없습니다.')
        : bastionRestricted
          ? text(`Bastion admits SSH only from ${sources}`, `배스천 호스트는 ${sources}에서만 SSH를 허용합니다.`)
          : text(`Bastion admits SSH from ${sources} (not only /32 addresses)`, `배스천 호스트는 ${sources}에서 SSH를 허용합니다(/32 주소만이 아님).`),
    )
  } else parts.push(text('No bastion', '배스천 호스트가 없습니다.'))
  const managed = [access.ssm ? 'SSM Session Manager' : '', access.instanceConnectEndpoint ? 'EC2 Instance Connect Endpoint' : ''].filter(Boolean)
  // Both names end in a vowel as Koreans read them (매니저, 엔드포인트), so the particle is 를.
  parts.push(
    managed.length > 0
      ? text(`${managed.join(' and ')} on`, `${managed.join(', ')}를 사용합니다.`)
      : text('no SSM or EC2 Instance Connect Endpoint', 'SSM이나 EC2 Instance Connect Endpoint는 쓰지 않습니다.'),
  )
  const asked = required === 'either' ? text('a bastion or SSM', '배스천 호스트 또는 SSM') : required === 'ssm' ? verbatim('SSM') : text('a bastion', '배스천 호스트')
  parts.push(text(`policy asks for ${asked.en}`, `보안 정책은 ${withJosa(asked.ko, '을/를')} 요구합니다.`))
  const evidence = { en: `${parts.map((p) => p.en).join('; ')}.`, ko: parts.map((p) => p.ko).join(' ') }
  return { hasBastion, sshSources, bastionRestricted, wideSshGroups, managedAccess, required, meetsPolicy, evidence: evidence.en, ko: { evidence: evidence.ko } }
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
      ko: {
        message: '배스천 호스트도, SSM Session Manager도, EC2 Instance Connect Endpoint도 없습니다. 운영자가 통제된 방식으로 접속할 경로가 없습니다.',
        fix: 'SSM Session Manager(인바운드 포트 불필요)를 켜거나, 사무실 /32에서만 SSH를 허용하는 배스천 호스트를 추가하세요.',
      },
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
      ko: {
        message: `관리자 접속 방식이 보안 정책과 맞지 않습니다. ${review.ko.evidence}`,
        fix:
          review.required === 'ssm'
            ? 'SSM Session Manager나 EC2 Instance Connect Endpoint를 켜세요.'
            : '보안 그룹이 /32 주소에서만 SSH를 허용하는 배스천 호스트를 추가하거나, 정책이 허용한다면 SSM을 사용하세요.',
      },
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
      ko: {
        message: `${withJosa(name, '이/가')} 호스트 하나보다 넓은 주소 대역에서 배스천 호스트로의 SSH를 허용합니다.`,
        fix: 'SSH 출발지를 사무실의 /32 주소로 좁히세요.',
      },
    })
  }
  return findings
}
