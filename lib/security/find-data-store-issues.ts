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
  const required = requirements.securityPolicy.requireEncryption ? ' The security policy requires encryption.' : ''
  if (db.publiclyAccessible) {
    findings.push({
      id: 'db-public',
      severity: 'high',
      rule: 'CKV_AWS_17',
      resource: 'database',
      message: 'The database is publicly accessible: RDS gives it a public DNS name and address.',
      fix: 'Set publicly accessible to off; reach the database through the bastion or SSM port forwarding.',
    })
  }
  if (!db.encrypted) {
    findings.push({
      id: 'db-unencrypted',
      severity: 'high',
      rule: 'CKV_AWS_16',
      resource: 'database',
      message: `The database storage is not encrypted at rest.${required}`,
      fix: 'Turn on storage encryption (KMS). An existing instance needs an encrypted snapshot copy and a restore.',
    })
  }
  if (isInternetRoutable(config.network, 'private-db')) {
    findings.push({
      id: 'db-in-internet-routable-subnet',
      severity: 'high',
      resource: 'subnet:private-db',
      message: 'The private-db route table sends 0.0.0.0/0 to the internet gateway, so the database subnets are public subnets.',
      fix: 'Remove the default route from the private-db route table (local routes only).',
    })
  }
  if (config.cache && !config.cache.encrypted) {
    findings.push({
      id: 'cache-unencrypted',
      severity: 'medium',
      rule: 'CKV_AWS_29, CKV_AWS_30',
      resource: 'cache',
      message: `The cache is not encrypted at rest or in transit.${required}`,
      fix: 'Turn on at-rest and in-transit encryption for the replication group.',
    })
  }
  if (!db.appUserLeastPrivilege) {
    findings.push({
      id: 'db-app-user-privileged',
      severity: 'medium',
      resource: 'database',
      message: 'The application\'s database user may run DROP/ALTER/CREATE: a compromised task could destroy the schema.',
      fix: 'Grant the app user only SELECT, INSERT, UPDATE and DELETE; keep DDL for a separate migration user.',
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
      message: `${sg.name} admits address ranges (${[...new Set(ranges)].join(', ')}) rather than only security groups.`,
      fix: 'Admit the data tier only from the security groups of its callers, which follow tasks as they move.',
    })
  }
  return findings
}
