import type { ArchitectureConfig, Requirements } from '../model'
import { isWorldCidr } from './cidr'
import type { Finding } from './finding'
import { isInternetRoutable } from './internet-routing'

/**
 * Database and cache settings that expose or weaken the data tier, and DB/cache groups that
 * admit address ranges instead of security groups (world ranges are findWorldOpenIngress's).
 * Example: database.publiclyAccessible → { id: 'db-public', severity: 'high', rule: 'CKV_AWS_17', … }.
 */
export function findDataStoreIssues(config: ArchitectureConfig, requirements: Requirements): Finding[] {
  const db = config.database
  const findings: Finding[] = []
  const policyRequires = requirements.securityPolicy.requireEncryption
  if (db.publiclyAccessible) {
    findings.push({
      id: 'db-public',
      severity: 'high',
      rule: 'CKV_AWS_17',
      resource: 'database',
      message: { code: 'security.finding.db-public', params: {} },
      fix: { code: 'security.fix.db-public', params: {} },
    })
  }
  if (!db.encrypted) {
    findings.push({
      id: 'db-unencrypted',
      severity: 'high',
      rule: 'CKV_AWS_16',
      resource: 'database',
      message: { code: 'security.finding.db-unencrypted', params: { policyRequires } },
      fix: { code: 'security.fix.db-unencrypted', params: {} },
    })
  }
  if (isInternetRoutable(config.network, 'private-db')) {
    findings.push({
      id: 'db-in-internet-routable-subnet',
      severity: 'high',
      resource: 'subnet:private-db',
      message: { code: 'security.finding.db-in-internet-routable-subnet', params: {} },
      fix: { code: 'security.fix.db-in-internet-routable-subnet', params: {} },
    })
  }
  if (config.cache && !config.cache.encrypted) {
    findings.push({
      id: 'cache-unencrypted',
      severity: 'medium',
      rule: 'CKV_AWS_29, CKV_AWS_30',
      resource: 'cache',
      message: { code: 'security.finding.cache-unencrypted', params: { policyRequires } },
      fix: { code: 'security.fix.cache-unencrypted', params: {} },
    })
  }
  if (!db.appUserLeastPrivilege) {
    findings.push({
      id: 'db-app-user-privileged',
      severity: 'medium',
      resource: 'database',
      message: { code: 'security.finding.db-app-user-privileged', params: {} },
      fix: { code: 'security.fix.db-app-user-privileged', params: {} },
    })
  }
  const dataGroups = [...new Set([...db.securityGroups, ...(config.cache?.securityGroups ?? [])])]
  for (const sgId of dataGroups) {
    const sg = config.securityGroups.find((g) => g.id === sgId)
    const ranges = (sg?.ingress ?? []).flatMap((r) => (r.peer.kind === 'cidr' && !isWorldCidr(r.peer.cidr) ? [r.peer.label ?? r.peer.cidr] : []))
    if (!sg || ranges.length === 0) continue
    findings.push({
      id: `data-sg-cidr-peer:${sgId}`,
      severity: 'medium',
      resource: `sg:${sgId}`,
      message: { code: 'security.finding.data-sg-cidr-peer', params: { group: sg.name, ranges: [...new Set(ranges)] } },
      fix: { code: 'security.fix.data-sg-cidr-peer', params: {} },
    })
  }
  return findings
}
