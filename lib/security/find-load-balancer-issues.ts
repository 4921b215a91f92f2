import type { ArchitectureConfig } from '../model'
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
      findings.push({
        id: `http-listener-without-redirect:${lb.id}`,
        severity: lb.scheme === 'external' ? 'medium' : 'low',
        rule: 'CKV_AWS_2',
        resource: `alb:${lb.id}`,
        message: { code: 'security.finding.http-listener-without-redirect', params: { loadBalancer: lb.name, ports: plainHttp.map((l) => l.port) } },
        fix: { code: 'security.fix.http-listener-without-redirect', params: {} },
      })
    }
    if (!lb.dropInvalidHeaders) {
      findings.push({
        id: `alb-keeps-invalid-headers:${lb.id}`,
        severity: 'low',
        rule: 'CKV_AWS_131',
        resource: `alb:${lb.id}`,
        message: { code: 'security.finding.alb-keeps-invalid-headers', params: { loadBalancer: lb.name } },
        fix: { code: 'security.fix.alb-keeps-invalid-headers', params: {} },
      })
    }
    return findings
  })
}
