import type { FindingFix, FindingMessage } from './security-reasons'

export type Severity = 'high' | 'medium' | 'low'

/**
 * One thing to fix, with a stable id the UI can key on and the scanner rule it mirrors. What is wrong
 * and what to do are reasons; lib/i18n's catalog words them.
 * Example: { id: 'sg-world-ssh:bastion-sg', severity: 'high', rule: 'CKV_AWS_24', resource: 'sg:bastion-sg',
 * message: { code: 'security.finding.sg-world', params: { group: 'Bastion-SG', ports: { code: 'security.ports.ssh', … }, … } },
 * fix: { code: 'security.fix.sg-world-ssh', params: {} } } ('Bastion-SG admits SSH (22) from 0.0.0.0/0. …').
 */
export type Finding = {
  id: string
  severity: Severity
  message: FindingMessage
  /** What to look at: 'sg:<id>', 'alb:<id>', 'database', 'cache', 'bastion', 'subnet:<tier>', 'vpc', 'edge', 'monitoring'. */
  resource: string
  fix: FindingFix
  /** Checkov or Trivy rule id, when one exists. */
  rule?: string
}

export type SeverityCounts = Record<Severity, number>

const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low']

/** Example: [high, low, low] → { high: 1, medium: 0, low: 2 }. */
export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { high: 0, medium: 0, low: 0 }
  for (const finding of findings) counts[finding.severity] += 1
  return counts
}

/** High before medium before low, then by id, so the list reads the same on every run. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}
