import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { assessNatInstanceLoss as draft } from './nat-instance-loss'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessNatInstanceLoss = judged(draft)

describe('assessNatInstanceLoss', () => {
  // VPC User Guide, "NAT instances": a NAT instance is an EC2 instance you launch and manage; the
  // model puts it in no Auto Scaling group, so nothing launches another one.
  it('needs a person to launch a new NAT instance and repoint the routes, in the NAT rebuild time', () => {
    const { config } = cloneSwiftlogix()
    config.network.nat = { mode: 'instance', instanceType: 't3.nano' }
    const s = assessNatInstanceLoss(config)
    expect(s).toMatchObject({ id: 'nat-instance-loss', mode: 'manual', rtoMinutes: 30, rpoMinutes: 0, singlePointsOfFailure: ['nat'] })
    expect(say('en', s.title)).toBe('NAT instance lost')
    expect(say('en', s.reason)).toContain('single t3.nano instance in no Auto Scaling group, so nothing replaces it')
    expect(say('en', s.reason)).toContain('no replacement task can pull its image')
  })

  it('says replacement tasks still start when images come through endpoints', () => {
    const { config } = cloneSwiftlogix()
    config.network.nat = { mode: 'instance', instanceType: 't3.nano' }
    config.network.vpcEndpoints = ['s3', 'ecr-api', 'ecr-dkr']
    expect(say('en', assessNatInstanceLoss(config).reason)).not.toContain('pull its image')
  })
})
