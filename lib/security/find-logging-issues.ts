import { joinTexts, text } from '../explain/text'
import type { ArchitectureConfig, Requirements } from '../model'
import type { Finding } from './finding'

/**
 * Missing audit trails.
 * Example: network.flowLogs = false → { id: 'no-flow-logs', severity: 'medium', rule: 'CKV2_AWS_11', … }.
 */
export function findLoggingIssues(config: ArchitectureConfig, requirements: Requirements): Finding[] {
  const findings: Finding[] = []
  if (!config.network.flowLogs) {
    const says = joinTexts([
      text('VPC flow logs are off: rejected and accepted connections leave no record.', 'VPC Flow Logs가 꺼져 있습니다. 거부된 연결도, 허용된 연결도 기록이 남지 않습니다.'),
      requirements.securityPolicy.requireFlowLogs && text('The security policy requires them.', '보안 정책은 Flow Logs를 요구합니다.'),
    ])
    findings.push({
      id: 'no-flow-logs',
      severity: 'medium',
      rule: 'CKV2_AWS_11',
      resource: 'vpc',
      message: says.en,
      fix: 'Turn on VPC flow logs to CloudWatch Logs or S3.',
      ko: { message: says.ko, fix: 'VPC Flow Logs를 켜고 CloudWatch Logs나 S3로 보내세요.' },
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
      ko: {
        message: 'ECS Container Insights가 꺼져 있습니다. 태스크별 CPU, 메모리, 재시작 횟수가 기록되지 않습니다.',
        fix: '클러스터의 Container Insights를 켜세요.',
      },
    })
  }
  return findings
}
