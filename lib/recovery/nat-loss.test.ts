import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import type { ArchitectureConfig, NatMode, VpcEndpoint } from '../model'
import { assessNatLoss as draft } from './nat-loss'
import { assessAzOutage } from './az-outage'
import { MANUAL_NAT_REPLACE_MINUTES } from './recovery-times'
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
    expect(say('en', s.improvement!)).toBe(
      "Run one NAT gateway per AZ and make the load balancer's health check of Order service, Stock service and Payment service exercise outbound access, so tasks that lose it leave service by themselves",
    )
  })

  it('is partial with a single NAT when images come through endpoints: tasks keep serving, outbound calls fail', () => {
    const s = assessNatLoss(withNat('single', IMAGE_PULLS))
    expect(s.mode).toBe('partial')
    expect(say('en', s.reason)).toContain('running tasks keep serving')
    expect(say('en', s.reason)).toContain('outbound calls to the internet fail')
  })

  // VPC User Guide, "NAT gateways": "Each NAT gateway is created in a specific Availability Zone and
  // implemented with redundancy in that zone"; zone independence needs one per AZ. Losing one cuts
  // that AZ's egress only, and an ALB health check that makes no outbound call keeps passing.
  it('is partial with one NAT gateway per AZ: a NAT gateway is zonal and the ALB keeps routing to the AZ that lost egress', () => {
    const s = assessNatLoss(withNat('per-az'))
    expect(s).toMatchObject({ mode: 'partial', rtoMinutes: MANUAL_NAT_REPLACE_MINUTES, rpoMinutes: 0, singlePointsOfFailure: [] })
    const words = say('en', s.reason)
    expect(words).toContain('a NAT gateway is zonal')
    expect(words).toContain('Health checks that make no outbound call still pass')
    // the condition under which it would be automatic, named with the detection time: 25 s × 2
    expect(words).toContain('Only if the health check exercised egress would those tasks leave service by themselves, after 50 s of failed checks')
    expect(say('en', s.improvement!)).toBe(
      "Make the load balancer's health check of Order service, Stock service and Payment service exercise outbound access, so tasks that lose it leave service by themselves",
    )
    expect(say('ko', s.reason)).toContain('부분으로 셉니다')
  })

  it('takes the same time to rebuild a NAT in every scenario that needs one', () => {
    const alone = assessNatLoss(withNat('single'))
    const inAzOutage = assessAzOutage(withNat('single')).parts?.find((p) => p.component === 'nat')
    expect(alone.rtoMinutes).toBe(MANUAL_NAT_REPLACE_MINUTES)
    expect(inAzOutage?.reason).toEqual({ code: 'recovery.az-nat.single', params: { rebuildMinutes: MANUAL_NAT_REPLACE_MINUTES } })
    const instancePart = assessAzOutage(withNat('instance')).parts?.find((p) => p.component === 'nat')
    expect(instancePart?.reason.params).toMatchObject({ rebuildMinutes: MANUAL_NAT_REPLACE_MINUTES })
  })

  it('treats one NAT gateway per AZ in a one-AZ network as a single NAT', () => {
    const config = withNat('per-az')
    config.network.azCount = 1
    expect(assessNatLoss(config)).toMatchObject({ mode: 'manual', singlePointsOfFailure: ['nat'] })
  })
})
