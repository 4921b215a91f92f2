import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import type { ArchitectureConfig, NatMode, VpcEndpoint } from '../model'
import { assessNatLoss as draft } from './nat-loss'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessNatLoss = judged(draft)

const IMAGE_PULLS: VpcEndpoint[] = ['s3', 'ecr-api', 'ecr-dkr']

function withNat(mode: NatMode, vpcEndpoints: VpcEndpoint[] = []): ArchitectureConfig {
  const { config } = cloneSwiftlogix()
  config.network.nat.mode = mode
  config.network.vpcEndpoints = vpcEndpoints
  return config
}

describe('assessNatLoss', () => {
  it('needs a person for swiftlogix\'s single NAT gateway without image-pull endpoints', () => {
    const s = assessNatLoss(withNat('single'))
    expect(s).toMatchObject({ mode: 'manual', rtoMinutes: 30, rpoMinutes: 0, singlePointsOfFailure: ['nat'] })
    expect(say('en', s.reason)).toContain('no replacement task can pull its image')
    expect(say('en', s.improvement!)).toBe('Run one NAT gateway per AZ')
  })

  it('is partial with a single NAT when images come through endpoints: tasks keep serving, outbound calls fail', () => {
    const s = assessNatLoss(withNat('single', IMAGE_PULLS))
    expect(s.mode).toBe('partial')
    expect(say('en', s.reason)).toContain('running tasks keep serving')
    expect(say('en', s.reason)).toContain('outbound calls to the internet fail')
  })

  it('is automatic with one NAT gateway per AZ, after 25 s × 2 = 50 s → 1 min of health checks', () => {
    const s = assessNatLoss(withNat('per-az'))
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: 1, singlePointsOfFailure: [], improvement: null })
    expect(say('en', s.reason)).toContain('keeps serving from the other AZ')
  })

  it('treats one NAT gateway per AZ in a one-AZ network as a single NAT', () => {
    const config = withNat('per-az')
    config.network.azCount = 1
    expect(assessNatLoss(config)).toMatchObject({ mode: 'manual', singlePointsOfFailure: ['nat'] })
  })

  it('depends on nothing when there is no NAT and images come through endpoints', () => {
    expect(assessNatLoss(withNat('none', IMAGE_PULLS))).toMatchObject({ mode: 'auto', rtoMinutes: 0 })
  })

  it('says private tasks cannot pull images at all with no NAT and no endpoints', () => {
    const s = assessNatLoss(withNat('none', ['s3']))
    expect(s).toMatchObject({ mode: 'manual', rtoMinutes: null })
    expect(say('en', s.reason)).toContain('cannot pull images at all')
    expect(say('en', s.improvement!)).toBe('Add VPC endpoints for ecr-api and ecr-dkr')
  })

  it('needs a person to replace a NAT instance', () => {
    expect(assessNatLoss(withNat('instance', IMAGE_PULLS))).toMatchObject({ mode: 'manual', rtoMinutes: 30, singlePointsOfFailure: ['nat'] })
  })
})
