import type { ArchitectureConfig, Requirements } from '../model'
import type { Finding } from './finding'

/**
 * Missing audit trails.
 * Example: network.flowLogs = false → { id: 'no-flow-logs', severity: 'medium', rule: 'CKV2_AWS_11', … }.
 */
export function findLoggingIssues(config: ArchitectureConfig, requirements: Requirements): Finding[] {
  const findings: Finding[] = []
  if (!config.network.flowLogs) {
    const required = requirements.securityPolicy.requireFlowLogs ? ' The security policy requires them.' : ''
    findings.push({
      id: 'no-flow-logs',
      severity: 'medium',
      rule: 'CKV2_AWS_11',
      resource: 'vpc',
      message: `VPC flow logs are off: rejected and accepted connections leave no record.${required}`,
      fix: 'Turn on VPC flow logs to CloudWatch Logs or S3.',
    })
  }
  if (!config.monitoring.containerInsights) {
    findings.push({
      id: 'container-insights-off',
      severity: 'low',
      rule: 'CKV_AWS_65',
      resource: 'monitoring',
      message: 'ECS Container Insights is off: per-task CPU, memory and restarts are not recorded.',
      fix: 'Turn on Container Insights for the cluster.',
    })
  }
  return findings
}
