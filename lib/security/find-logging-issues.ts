import type { ArchitectureConfig, Requirements } from '../model'
import type { Finding } from './finding'

/**
 * Missing audit trails.
 * Example: network.flowLogs = false → { id: 'no-flow-logs', severity: 'medium', rule: 'CKV2_AWS_11', … }.
 */
export function findLoggingIssues(config: ArchitectureConfig, requirements: Requirements): Finding[] {
  const findings: Finding[] = []
  if (!config.network.flowLogs) {
    findings.push({
      id: 'no-flow-logs',
      severity: 'medium',
      rule: 'CKV2_AWS_11',
      resource: 'vpc',
      message: { code: 'security.finding.no-flow-logs', params: { policyRequires: requirements.securityPolicy.requireFlowLogs } },
      fix: { code: 'security.fix.no-flow-logs', params: {} },
    })
  }
  if (!config.monitoring.containerInsights) {
    findings.push({
      id: 'container-insights-off',
      severity: 'low',
      rule: 'CKV_AWS_65',
      resource: 'monitoring',
      message: { code: 'security.finding.container-insights-off', params: {} },
      fix: { code: 'security.fix.container-insights-off', params: {} },
    })
  }
  return findings
}
