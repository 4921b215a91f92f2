import { findPreset } from '../data/presets'
import { parseScenario, type Scenario } from '../lib/model'

type LargeScenarioOptions = {
  /**
   * Internal ALBs added in the private-app tier, each with one rule admitting the VPC on 8080.
   * The schema allows 200 services at most, so the 300+-box topology benchmark takes 200
   * services and 100 internal ALBs. 0 (the default) leaves the design as it always was.
   */
  internalLoadBalancers?: number
}

/**
 * A deliberately large design for benchmarks: 3 AZs, `services` Fargate services each behind the
 * ALB with its own security group of six rules (ALB, two peers, bastion, office, monitoring).
 */
export function buildLargeScenario(services = 50, options: LargeScenarioOptions = {}): Scenario {
  const base = structuredClone(findPreset('swiftlogix')!.scenario)
  const ids = Array.from({ length: services }, (_, i) => `svc-${String(i + 1).padStart(2, '0')}`)
  const template = base.config.services[0]!
  base.config.name = `Large benchmark (${services} services)`
  base.config.network.azCount = 3
  base.config.services = ids.map((id, i) => ({ ...structuredClone(template), id, name: `Service ${i + 1}`, port: 20000 + i, securityGroups: [`${id}-sg`] }))
  const serviceGroups = ids.map((id, i) => ({
    id: `${id}-sg`,
    name: `${id.toUpperCase()}-SG`,
    ingress: [
      { protocol: 'tcp' as const, fromPort: 20000 + i, toPort: 20000 + i, peer: { kind: 'sg' as const, sgId: 'alb-sg' } },
      { protocol: 'tcp' as const, fromPort: 20000 + i, toPort: 20000 + i, peer: { kind: 'sg' as const, sgId: `${ids[(i + 1) % ids.length]}-sg` } },
      { protocol: 'tcp' as const, fromPort: 20000 + i, toPort: 20000 + i, peer: { kind: 'sg' as const, sgId: `${ids[(i + 7) % ids.length]}-sg` } },
      { protocol: 'tcp' as const, fromPort: 22, toPort: 22, peer: { kind: 'sg' as const, sgId: 'bastion-sg' } },
      { protocol: 'tcp' as const, fromPort: 9100, toPort: 9100, peer: { kind: 'cidr' as const, cidr: '10.0.0.0/16', label: 'VPC monitoring' } },
      { protocol: 'tcp' as const, fromPort: 8443, toPort: 8443, peer: { kind: 'cidr' as const, cidr: '203.0.113.10/32', label: 'Office' } },
    ],
  }))
  const rds = base.config.securityGroups.find((g) => g.id === 'rds-sg')!
  rds.ingress = [...ids.map((id) => ({ protocol: 'tcp' as const, fromPort: 5432, toPort: 5432, peer: { kind: 'sg' as const, sgId: `${id}-sg` } })), rds.ingress[1]!]
  base.config.securityGroups = [...base.config.securityGroups.filter((g) => g.id !== 'ecs-sg'), ...serviceGroups]
  const internal = options.internalLoadBalancers ?? 0
  if (internal > 0) {
    base.config.name = `Large benchmark (${services} services, ${internal} internal ALBs)`
    base.config.securityGroups.push({
      id: 'internal-alb-sg',
      name: 'INTERNAL-ALB-SG',
      ingress: [{ protocol: 'tcp' as const, fromPort: 8080, toPort: 8080, peer: { kind: 'cidr' as const, cidr: '10.0.0.0/16', label: 'VPC clients' } }],
    })
    for (let i = 1; i <= internal; i++) {
      base.config.loadBalancers.push({
        id: `int-${String(i).padStart(3, '0')}`,
        name: `Internal ALB ${i}`,
        scheme: 'internal',
        listeners: [{ port: 8080, protocol: 'HTTP', redirectToHttps: false }],
        securityGroups: ['internal-alb-sg'],
        dropInvalidHeaders: true,
      })
    }
  }
  const parsed = parseScenario(base)
  if (!parsed.ok) throw new Error(`large benchmark config is invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`)
  return parsed.value
}

export function countRules(scenario: Scenario): number {
  return scenario.config.securityGroups.reduce((sum, g) => sum + g.ingress.length + (g.egress?.length ?? 0), 0)
}
