import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'
import { addBastion, removeBastion, setAdminAccess, setBastionInstanceType } from './edit-admin-access'
import type { ArchitectureConfig } from './architecture'

const seed = () => findPreset('swiftlogix')!.scenario
const check = (config: ArchitectureConfig) => parseScenario({ ...seed(), config })

describe('the admin access verbs', () => {
  it('remove the bastion, add one back in the given groups, and set its type', () => {
    const without = removeBastion(seed().config)
    expect(without.adminAccess).not.toHaveProperty('bastion')
    expect(check(without).ok).toBe(true)
    const back = setBastionInstanceType(addBastion(without, ['bastion-sg']), 't4g.nano')
    expect(back.adminAccess.bastion).toMatchObject({ instanceType: 't4g.nano', securityGroups: ['bastion-sg'] })
    expect(check(back).ok).toBe(true)
  })

  it('switch Session Manager and the Instance Connect endpoint', () => {
    const config = setAdminAccess(seed().config, { ssm: true, instanceConnectEndpoint: true })
    expect(config.adminAccess).toMatchObject({ ssm: true, instanceConnectEndpoint: true })
    expect(seed().config.adminAccess.ssm).toBe(false)
  })

  it('refuse a bastion type that is not an AWS type name through the schema', () => {
    const parsed = check(setBastionInstanceType(seed().config, 'big one'))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('config.adminAccess.bastion.instanceType')
  })
})
