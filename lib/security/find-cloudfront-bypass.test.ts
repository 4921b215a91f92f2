import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { say } from '../i18n'
import { assessSecurity } from './assess-security'
import { restrictAlbsToCloudFront } from './cloudfront-prefix-list'

function petclinic() {
  const preset = findPreset('petclinic-3tier')
  if (!preset) throw new Error('petclinic-3tier preset missing')
  return structuredClone(preset.scenario)
}

const bypassOf = (scenario: ReturnType<typeof petclinic>) =>
  assessSecurity(scenario.config, scenario.requirements).findings.filter((f) => f.id.startsWith('alb-bypasses-cloudfront:'))

// CloudFront Developer Guide, "Restrict access to Application Load Balancers": with an
// internet-facing ALB behind CloudFront, AWS's mitigations "prevent users from directly accessing
// an Application Load Balancer, and allow access only through CloudFront"; "Use the CloudFront
// managed prefix list": a security group that admits com.amazonaws.global.cloudfront.origin-facing
// allows "inbound traffic to your origin only from CloudFront's origin-facing servers".
describe('a CloudFront + WAF design whose ALB admits 0.0.0.0/0', () => {
  it('is a medium finding in PetClinic (seed 002): calling the external ALB directly skips CloudFront and its WAF', () => {
    const [finding, ...more] = bypassOf(petclinic())
    expect(more).toEqual([])
    expect(finding).toMatchObject({
      id: 'alb-bypasses-cloudfront:ext-alb',
      severity: 'medium',
      resource: 'alb:ext-alb',
      message: { params: { loadBalancer: 'External ALB', group: 'External-ALB-SG', ports: [80, 443], waf: true } },
    })
    expect(say('en', finding!.message)).toBe('External-ALB-SG admits 80, 443 from 0.0.0.0/0, so anyone can call External ALB directly and skip CloudFront and its WAF.')
    expect(say('en', finding!.fix)).toContain('com.amazonaws.global.cloudfront.origin-facing')
  })

  it('is low without a WAF: only the CDN is skipped', () => {
    const scenario = petclinic()
    scenario.config.edge.waf.enabled = false
    expect(bypassOf(scenario).map((f) => f.severity)).toEqual(['low'])
  })

  it('is no finding without CloudFront, nor for the internal ALB the internet cannot address', () => {
    const scenario = petclinic()
    scenario.config.edge = { cloudfront: false, waf: { enabled: false, rules: 0 } }
    expect(bypassOf(scenario)).toEqual([])
  })

  it('goes away once the fix admits only the prefix list, and the internet still reaches the ALB, through CloudFront', () => {
    const scenario = petclinic()
    scenario.config = restrictAlbsToCloudFront(scenario.config)
    const extAlb = scenario.config.securityGroups.find((g) => g.id === 'ext-alb-sg')!
    expect(extAlb.ingress.map((r) => r.peer)).toEqual([
      { kind: 'prefix-list', name: 'cloudfront-origin-facing' },
      { kind: 'prefix-list', name: 'cloudfront-origin-facing' },
    ])
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    expect(assessment.findings.map((f) => f.id)).not.toContain('alb-bypasses-cloudfront:ext-alb')
    expect(assessment.internetReachable.map((r) => `${r.target}:${r.port}`)).toEqual(['alb:ext-alb:80', 'alb:ext-alb:443'])
    expect(assessment.dbQuestion.access).toBe('through-application')
  })

  it('names the prefix list where a rule that admits it is quoted', () => {
    const scenario = petclinic()
    scenario.config = restrictAlbsToCloudFront(scenario.config)
    scenario.config.securityGroups.find((g) => g.id === 'db-sg')!.ingress.push({ protocol: 'tcp', fromPort: 3306, toPort: 3306, peer: { kind: 'prefix-list', name: 'cloudfront-origin-facing' } })
    const { dbQuestion } = assessSecurity(scenario.config, scenario.requirements)
    expect(dbQuestion.access).toBe('through-application')
    expect(say('en', dbQuestion.explanation)).toContain('although DB-SG admits 3306 from CloudFront (managed prefix list)')
    expect(say('ko', dbQuestion.explanation)).toContain('CloudFront(관리형 접두사 목록)')
  })
})
