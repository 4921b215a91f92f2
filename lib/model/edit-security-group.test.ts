import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'
import { addRule, addSecurityGroup, ALL_OUTBOUND, listRules, removeRule, removeSecurityGroup } from './edit-security-group'
import type { ArchitectureConfig, SgRule } from './architecture'

const seed = () => findPreset('swiftlogix')!.scenario
const check = (config: ArchitectureConfig) => parseScenario({ ...seed(), config })
const HTTPS_FROM_OFFICE: SgRule = { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'cidr', cidr: '203.0.113.0/24' } }

describe('the security group verbs', () => {
  it('add an empty group with a free id and remove it again', () => {
    const { config, groupId } = addSecurityGroup(seed().config, 'Jobs')
    expect(groupId).toBe('sg')
    expect(config.securityGroups.at(-1)).toEqual({ id: 'sg', name: 'Jobs', ingress: [] })
    expect(check(config).ok).toBe(true)
    expect(removeSecurityGroup(config, 'sg').securityGroups).toEqual(seed().config.securityGroups)
  })

  it('leave removing a group something carries for the schema to refuse where it is used', () => {
    const parsed = check(removeSecurityGroup(seed().config, 'rds-sg'))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain('config.database.securityGroups[0]')
  })

  it('add an inbound rule at the end and remove it by its place', () => {
    const config = addRule(seed().config, 'alb-sg', 'ingress', HTTPS_FROM_OFFICE)
    const ingress = config.securityGroups[0]!.ingress
    expect(ingress.at(-1)).toEqual(HTTPS_FROM_OFFICE)
    expect(check(config).ok).toBe(true)
    expect(removeRule(config, 'alb-sg', 'ingress', ingress.length - 1).securityGroups[0]!.ingress).toEqual(seed().config.securityGroups[0]!.ingress)
  })

  it('list an omitted egress as the default all-outbound rule and keep it when adding one', () => {
    const group = seed().config.securityGroups.find((g) => g.egress === undefined)!
    expect(listRules(group, 'egress')).toEqual([ALL_OUTBOUND])
    const config = addRule(seed().config, group.id, 'egress', HTTPS_FROM_OFFICE)
    expect(config.securityGroups.find((g) => g.id === group.id)!.egress).toEqual([ALL_OUTBOUND, HTTPS_FROM_OFFICE])
    expect(removeRule(seed().config, group.id, 'egress', 0).securityGroups.find((g) => g.id === group.id)!.egress).toEqual([])
  })

  it('refuse ports in the wrong order, and a rule naming an unknown group, through the schema', () => {
    const reversed = check(addRule(seed().config, 'alb-sg', 'ingress', { ...HTTPS_FROM_OFFICE, fromPort: 444 }))
    expect(reversed.ok).toBe(false)
    if (!reversed.ok) expect(reversed.errors[0]!.path).toMatch(/^config\.securityGroups\[0\]\.ingress\[\d+\]\.toPort$/)
    const unknown = check(addRule(seed().config, 'alb-sg', 'ingress', { ...HTTPS_FROM_OFFICE, peer: { kind: 'sg', sgId: 'nope' } }))
    expect(unknown.ok).toBe(false)
  })
})
