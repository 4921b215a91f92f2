import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import type { VpcEndpoint } from '../model'
import { assessEndpointLoss as draft } from './endpoint-loss'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessEndpointLoss = judged(draft)

function withoutNat(vpcEndpoints: VpcEndpoint[]) {
  const { config } = cloneSwiftlogix()
  config.network.nat.mode = 'none'
  config.network.vpcEndpoints = vpcEndpoints
  return config
}

describe('assessEndpointLoss', () => {
  // Amazon ECR User Guide, "Amazon ECR interface VPC endpoints": private pulls need ecr.api, ecr.dkr
  // and the S3 gateway endpoint (layers live in S3); the interface endpoints are exported with a
  // network interface in every private-app subnet, one per AZ.
  it('is automatic with the image-pull endpoints: running tasks keep their images and ECS retries a failed start', () => {
    const s = assessEndpointLoss(withoutNat(['s3', 'ecr-api', 'ecr-dkr']))
    expect(s).toMatchObject({ id: 'endpoint-loss', mode: 'auto', rtoMinutes: 0, rpoMinutes: 0, singlePointsOfFailure: [], improvement: null })
    expect(say('en', s.title)).toBe('VPC endpoint unavailable')
    expect(say('en', s.reason)).toContain('running tasks keep serving with the images they have')
  })

  it('says private tasks cannot pull images at all with no NAT and no endpoints', () => {
    const s = assessEndpointLoss(withoutNat(['s3']))
    expect(s).toMatchObject({ mode: 'manual', rtoMinutes: null })
    expect(say('en', s.reason)).toContain('cannot pull images at all')
    expect(say('en', s.improvement!)).toBe('Add VPC endpoints for ecr-api and ecr-dkr')
  })
})
