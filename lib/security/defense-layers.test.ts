import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { findPreset } from '../../data/presets'
import { assessSecurity } from './assess-security'

function swiftlogix() {
  const preset = findPreset('swiftlogix')
  if (!preset) throw new Error('swiftlogix preset missing')
  return structuredClone(preset.scenario)
}

const layer = (scenario: ReturnType<typeof swiftlogix>, id: number) =>
  assessSecurity(scenario.config, scenario.requirements).layers.find((l) => l.id === id)

describe('checkDefenseLayers', () => {
  it('passes all seven layers for swiftlogix, in the seed\'s order', () => {
    const { config, requirements } = swiftlogix()
    const layers = assessSecurity(config, requirements).layers
    expect(layers.map((l) => l.id)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(layers.filter((l) => !l.passed)).toEqual([])
  })

  it('fails layer 7 and reports no-flow-logs when flow logs are off', () => {
    const scenario = swiftlogix()
    scenario.config.network.flowLogs = false
    const assessment = assessSecurity(scenario.config, scenario.requirements)
    expect(assessment.layers.find((l) => l.id === 7)).toMatchObject({ passed: false })
    expect(say('en', assessment.layers.find((l) => l.id === 7)!.evidence)).toContain('VPC flow logs are off (required by the security policy)')
    expect(assessment.findings.find((f) => f.id === 'no-flow-logs')).toMatchObject({ severity: 'medium', rule: 'CKV2_AWS_11' })
  })

  it('passes layer 7 without flow logs when the policy does not require them, but still reports them missing', () => {
    const scenario = swiftlogix()
    scenario.config.network.flowLogs = false
    scenario.requirements.securityPolicy.requireFlowLogs = false
    expect(layer(scenario, 7)?.passed).toBe(true)
    expect(assessSecurity(scenario.config, scenario.requirements).findings.map((f) => f.id)).toContain('no-flow-logs')
  })

  it('fails layer 3 when the app tier routes to the internet gateway', () => {
    const scenario = swiftlogix()
    scenario.config.network.routing['private-app'].defaultRoute = 'igw'
    expect(layer(scenario, 3)).toMatchObject({ passed: false })
    expect(say('en', layer(scenario, 3)!.evidence)).toContain('private-app → IGW')
  })

  it('fails layer 4 when the database group admits an address range', () => {
    const scenario = swiftlogix()
    scenario.config.securityGroups
      .find((g) => g.id === 'rds-sg')!
      .ingress.push({ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'cidr', cidr: '10.0.4.0/24' } })
    expect(layer(scenario, 4)?.passed).toBe(false)
    expect(say('en', layer(scenario, 4)!.evidence)).toContain('data-sg-cidr-peer:rds-sg')
  })

  it('fails layer 5 when SSH to the bastion comes from a whole /24', () => {
    const scenario = swiftlogix()
    const rule = scenario.config.securityGroups.find((g) => g.id === 'bastion-sg')!.ingress[0]!
    rule.peer = { kind: 'cidr', cidr: '203.0.113.0/24', label: 'Office' }
    expect(layer(scenario, 5)?.passed).toBe(false)
    expect(assessSecurity(scenario.config, scenario.requirements).findings.map((f) => f.id)).toContain('bastion-ssh-not-single-host:bastion-sg')
  })

  it('fails layer 5 when the policy asks for SSM but only a bastion exists, and passes once SSM is on', () => {
    const scenario = swiftlogix()
    scenario.requirements.securityPolicy.adminAccess = 'ssm'
    expect(layer(scenario, 5)?.passed).toBe(false)
    scenario.config.adminAccess.ssm = true
    expect(layer(scenario, 5)?.passed).toBe(true)
  })

  it('fails layer 6 when the app user may change the schema', () => {
    const scenario = swiftlogix()
    scenario.config.database.appUserLeastPrivilege = false
    expect(layer(scenario, 6)?.passed).toBe(false)
  })

  it('fails layer 2 when the database is publicly accessible', () => {
    const scenario = swiftlogix()
    scenario.config.database.publiclyAccessible = true
    expect(layer(scenario, 2)?.passed).toBe(false)
  })
})
