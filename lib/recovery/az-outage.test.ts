import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import type { ArchitectureConfig, NatMode, VpcEndpoint } from '../model'
import { assessAzOutage as draft } from './az-outage'
import { cloneSwiftlogix, judged } from './swiftlogix-fixture'

const assessAzOutage = judged(draft)

function partModes(config: ArchitectureConfig): Record<string, string> {
  return Object.fromEntries((assessAzOutage(config).parts ?? []).map((p) => [p.component, p.mode]))
}

function withNat(mode: NatMode, vpcEndpoints: VpcEndpoint[] = []): ArchitectureConfig {
  const { config } = cloneSwiftlogix()
  config.network.nat.mode = mode
  config.network.vpcEndpoints = vpcEndpoints
  return config
}

describe('assessAzOutage', () => {
  it('is partial for swiftlogix: app and load balancer recover, database and NAT need a person', () => {
    const s = assessAzOutage(cloneSwiftlogix().config)
    expect(s.mode).toBe('partial')
    expect(partModes(cloneSwiftlogix().config)).toEqual({ app: 'auto', database: 'manual', nat: 'manual', 'load-balancer': 'auto' })
    expect(s.parts?.map((p) => p.component)).toEqual(['app', 'database', 'nat', 'load-balancer'])
  })

  it('takes the slowest part as RTO, max(2, 60, 30, 1) = 60 min, and the database\'s RPO of 5 min', () => {
    const s = assessAzOutage(cloneSwiftlogix().config)
    expect(s).toMatchObject({ rtoMinutes: 60, rpoMinutes: 5 })
    expect(say('en', s.reason)).toContain('max(2 min, 60 min, 30 min, 1 min) = 60 min')
  })

  it('suggests both changes that would make it automatic', () => {
    expect(say('en', assessAzOutage(cloneSwiftlogix().config).improvement!)).toBe('Turn on Database Multi-AZ and run one NAT gateway per AZ')
  })

  it('names the database, the NAT and the bastion as single points of failure', () => {
    expect(assessAzOutage(cloneSwiftlogix().config).singlePointsOfFailure).toEqual(['database', 'nat', 'bastion'])
  })

  it('recovers automatically with Multi-AZ and one NAT per AZ, in the app\'s 2 minutes', () => {
    const config = withNat('per-az')
    config.database.multiAz = true
    const s = assessAzOutage(config)
    expect(s).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0, improvement: null })
  })

  it('counts a single NAT as automatic when image pulls go through endpoints, and says egress is still lost', () => {
    const s = assessAzOutage(withNat('single', ['s3', 'ecr-api', 'ecr-dkr']))
    const nat = s.parts?.find((p) => p.component === 'nat')
    expect(nat?.mode).toBe('auto')
    expect(nat && say('en', nat.reason)).toContain('image pulls go through')
    expect(nat && say('en', nat.reason)).toContain('outbound calls to the internet from the surviving AZ fail')
  })

  it('needs a person for a NAT instance, and for no NAT without endpoints', () => {
    expect(partModes(withNat('instance'))['nat']).toBe('manual')
    expect(partModes(withNat('none'))['nat']).toBe('manual')
    expect(partModes(withNat('none', ['s3', 'ecr-api', 'ecr-dkr']))['nat']).toBe('auto')
  })

  // Amazon ECS Developer Guide, "Amazon ECS services": the service scheduler maintains the desired
  // count, replacing a task that stops, and places tasks across the service's subnets (one per AZ here).
  it('replaces a one-task service in the surviving AZ by itself, in a task start time', () => {
    const { config } = cloneSwiftlogix()
    config.services[1]!.count = { min: 1, desired: 1, max: 14 }
    const s = assessAzOutage(config)
    const app = s.parts?.find((p) => p.component === 'app')
    expect(app?.mode).toBe('auto')
    expect(app?.reason).toMatchObject({ code: 'recovery.az-app.thin-replaced', params: { services: ['Stock service'], azCount: 2 } })
    expect(say('en', app!.reason)).toContain('ECS, which keeps the desired count, starts a replacement')
    expect(say('en', app!.reason)).toContain('25 s × 2 + 45 s = 95 s → 2 min')
    expect(s.singlePointsOfFailure).toContain('stock')
  })

  it('relaunches a one-instance Auto Scaling group in the surviving AZ likewise, in a boot time', () => {
    const { config } = cloneSwiftlogix()
    config.services.forEach((s) => {
      s.compute = { kind: 'ec2', instanceType: 't3.small', onDemandBase: 1, purchase: 'on-demand' }
      s.count = { min: 1, desired: 1, max: 2 }
    })
    const app = assessAzOutage(config).parts?.find((p) => p.component === 'app')
    // 25 s × 2 of health checks + 180 s of boot = 230 s → 4 min
    expect(app).toMatchObject({ mode: 'auto', reason: { params: { slowest: { compute: 'ec2', totalSeconds: 230, minutes: 4 } } } })
  })

  it('is manual in every part with one AZ and a Single-AZ database', () => {
    const { config } = cloneSwiftlogix()
    config.network.azCount = 1
    const s = assessAzOutage(config)
    expect(s.mode).toBe('manual')
    expect(s.singlePointsOfFailure).toEqual(expect.arrayContaining(['order', 'stock', 'payment', 'alb', 'database', 'nat']))
  })

  it('has an unbounded RTO when the database has no backups to restore', () => {
    const { config } = cloneSwiftlogix()
    config.database.backupRetentionDays = 0
    expect(assessAzOutage(config)).toMatchObject({ rtoMinutes: null, rpoMinutes: null })
  })

  it('leaves out the load balancer part when there is no load balancer', () => {
    const { config } = cloneSwiftlogix()
    config.loadBalancers = []
    config.services.forEach((s) => delete s.loadBalancer)
    expect(assessAzOutage(config).parts?.map((p) => p.component)).toEqual(['app', 'database', 'nat'])
  })
})
