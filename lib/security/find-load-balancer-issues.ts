import { text } from '../explain/text'
import type { ArchitectureConfig } from '../model'
import { withJosa } from '../narrative/josa'
import type { Finding } from './finding'

/**
 * Listener and header settings per load balancer.
 * Example: an external ALB with HTTP :80 that does not redirect →
 * { id: 'http-listener-without-redirect:alb', severity: 'medium', rule: 'CKV_AWS_2', … } (low when internal).
 */
export function findLoadBalancerIssues(config: ArchitectureConfig): Finding[] {
  return config.loadBalancers.flatMap((lb) => {
    const findings: Finding[] = []
    const plainHttp = lb.listeners.filter((l) => l.protocol === 'HTTP' && !l.redirectToHttps)
    if (plainHttp.length > 0) {
      const ports = plainHttp.map((l) => l.port).join(', ')
      const says = text(
        `${lb.name} serves plain HTTP on ${ports} without redirecting to HTTPS.`,
        `${withJosa(lb.name, '이/가')} HTTPS로 리디렉션하지 않고 포트 ${ports}에서 암호화되지 않은 HTTP를 제공합니다.`,
      )
      const fix = text('Make the HTTP listener redirect to HTTPS (301), or remove it.', 'HTTP 리스너가 HTTPS로 리디렉션(301)하게 하거나 리스너를 삭제하세요.')
      findings.push({
        id: `http-listener-without-redirect:${lb.id}`,
        severity: lb.scheme === 'external' ? 'medium' : 'low',
        rule: 'CKV_AWS_2',
        resource: `alb:${lb.id}`,
        message: says.en,
        fix: fix.en,
        ko: { message: says.ko, fix: fix.ko },
      })
    }
    if (!lb.dropInvalidHeaders) {
      findings.push({
        id: `alb-keeps-invalid-headers:${lb.id}`,
        severity: 'low',
        rule: 'CKV_AWS_131',
        resource: `alb:${lb.id}`,
        message: `${lb.name} forwards HTTP headers with invalid names, which helps request-smuggling attacks.`,
        fix: 'Set routing.http.drop_invalid_header_fields.enabled to true.',
        ko: {
          message: `${withJosa(lb.name, '이/가')} 이름이 잘못된 HTTP 헤더를 그대로 전달합니다. 요청 스머글링(request smuggling) 공격에 악용될 수 있습니다.`,
          fix: 'routing.http.drop_invalid_header_fields.enabled를 true로 설정하세요.',
        },
      })
    }
    return findings
  })
}
