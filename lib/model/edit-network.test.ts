import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'
import { setNatInstanceType, setNatMode, setVpcEndpoint } from './edit-network'
import type { ArchitectureConfig } from './architecture'

const seed = () => findPreset('swiftlogix')!.scenario
const check = (config: ArchitectureConfig) => parseScenario({ ...seed(), config })

describe('the network verbs', () => {
  it('remove the NAT and leave the app tier routing locally, then bring one back through it', () => {
    const none = setNatMode(seed().config, 'none')
    expect(none.network.nat.mode).toBe('none')
    expect(none.network.routing['private-app'].defaultRoute).toBe('none')
    expect(check(none).ok).toBe(true)
    const instance = setNatMode(none, 'instance')
    expect(instance.network).toMatchObject({ internetGateway: true, nat: { mode: 'instance' }, routing: { 'private-app': { defaultRoute: 'nat' } } })
    expect(seed().config.network.nat.mode).not.toBe('none')
  })

  it('set the NAT instance type, and refuse one that is not an AWS type name', () => {
    expect(setNatInstanceType(seed().config, 't4g.nano').network.nat.instanceType).toBe('t4g.nano')
    const parsed = check(setNatInstanceType(seed().config, 'nano'))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('config.network.nat.instanceType')
  })

  it('toggle one VPC endpoint without repeating it', () => {
    const on = setVpcEndpoint(setVpcEndpoint(seed().config, 's3', true), 's3', true)
    expect(on.network.vpcEndpoints.filter((e) => e === 's3')).toHaveLength(1)
    expect(setVpcEndpoint(on, 's3', false).network.vpcEndpoints).not.toContain('s3')
    expect(check(on).ok).toBe(true)
  })
})
