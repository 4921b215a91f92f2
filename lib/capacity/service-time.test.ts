import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { setFargateSize, type Scenario, type Service } from '../model'
import { say } from '../i18n/catalog/say'
import { assessCapacity } from './assess-capacity'
import { responseTimePercentileSeconds } from './erlang-c'
import { ASSUMED_CPU_BOUND_SHARE, calibrateServiceTimeSeconds, effectiveServiceTime } from './service-time'

function swiftlogix(): Scenario {
  return structuredClone(findPreset('swiftlogix')!.scenario)
}

function withFargateSize(s: Scenario, vcpu: 0.25 | 0.5 | 1, memoryGb: number): Scenario {
  for (const service of s.config.services) if (service.compute.kind === 'fargate') service.compute = { ...service.compute, vcpu, memoryGb }
  return s
}

const order = (s: Scenario) => assessCapacity(s.config, s.requirements).services.find((x) => x.serviceId === 'order')!

// Amazon ECS Developer Guide, "Task size": a Fargate task gets the CPU its size reserves
// (256 CPU units = 0.25 vCPU, 512 = 0.5 vCPU; 1,024 CPU units = 1 vCPU), so a request's CPU work
// takes twice as long on 0.25 vCPU as on 0.5 vCPU; its waits on the database do not.
describe('a service time tied to the task size it was measured on', () => {
  it('raises p95 when a task shrinks from 0.5 to 0.25 vCPU', () => {
    const before = order(swiftlogix())
    const after = order(withFargateSize(swiftlogix(), 0.25, 0.5))
    expect(after.typical.p95Ms).toBeGreaterThan(before.typical.p95Ms)
    expect(after.peak.p95Ms).toBeGreaterThan(before.peak.p95Ms)
  })

  it('moves p95 when the dashboard changes the size of a design that never said where it was measured (Seoul final: 0.25 → 0.5 vCPU)', () => {
    const s = structuredClone(findPreset('swiftlogix-seoul-final')!.scenario)
    const p95 = (x: Scenario) => assessCapacity(x.config, x.requirements).services[0]!.peak.p95Ms
    const bigger = { ...s, config: setFargateSize(s.config, 0.5, 1) }
    expect(p95(bigger)).toBeLessThan(p95(s))
  })

  it('scales only the CPU-bound share: 10 ms at 0.5 vCPU is 10 × (0.5 + 0.5 × 0.5/0.25) = 15 ms on 0.25 vCPU', () => {
    const s = withFargateSize(swiftlogix(), 0.25, 0.5)
    const service: Service = { ...s.config.services[0]!, performance: { serviceTimeMs: 10, workersPerTask: 1, measuredOnVcpu: 0.5 } }
    const basis = effectiveServiceTime(service)
    expect(ASSUMED_CPU_BOUND_SHARE).toBe(0.5)
    expect(basis).toMatchObject({ code: 'capacity.service-time.scaled', params: { measuredOnVcpu: 0.5, vcpu: 0.25, cpuBoundShare: 0.5, shareAssumed: true } })
    expect(basis.params.serviceTimeMs).toBeCloseTo(15, 9)
    expect(say('en', basis)).toBe('S = 10 ms at 0.5 vCPU × ((1 − 0.5) + 0.5 × 0.5 / 0.25 vCPU) = 15 ms (CPU-bound share 0.5, assumed)')
  })

  it('takes the design\'s CPU-bound share when it gives one (an I/O-bound service barely speeds up)', () => {
    const s = withFargateSize(swiftlogix(), 1, 2)
    const service: Service = { ...s.config.services[0]!, performance: { serviceTimeMs: 10, workersPerTask: 1, measuredOnVcpu: 0.5, cpuBoundShare: 0.2 } }
    const basis = effectiveServiceTime(service)
    // 10 × (0.8 + 0.2 × 0.5/1) = 9 ms
    expect(basis.params.serviceTimeMs).toBeCloseTo(9, 9)
    expect(basis).toMatchObject({ params: { shareAssumed: false } })
  })

  it('keeps the figures of a design measured on the size it runs (measuredOnVcpu absent)', () => {
    const s = swiftlogix()
    const service: Service = { ...s.config.services[0]!, performance: { serviceTimeMs: 10, workersPerTask: 1 } }
    expect(effectiveServiceTime(service)).toEqual({
      code: 'capacity.service-time.same-size',
      params: { source: { code: 'capacity.service-time.given', params: { serviceTimeMs: 10 } }, vcpu: 0.5, serviceTimeMs: 10 },
    })
  })

  it('scales an EC2 instance by its type\'s vCPUs, and says when the type is not in its table', () => {
    const s = swiftlogix()
    const ec2 = (instanceType: string): Service => ({
      ...s.config.services[0]!,
      compute: { kind: 'ec2', instanceType, onDemandBase: 1, purchase: 'on-demand' },
      performance: { serviceTimeMs: 10, workersPerTask: 1, measuredOnVcpu: 2 },
    })
    expect(effectiveServiceTime(ec2('m5.xlarge')).params.serviceTimeMs).toBeCloseTo(7.5, 9) // 10 × (0.5 + 0.5 × 2/4)
    const unknown = effectiveServiceTime(ec2('x9z.large'))
    expect(unknown).toMatchObject({ code: 'capacity.service-time.unknown-vcpu', params: { instanceType: 'x9z.large', serviceTimeMs: 10 } })
    expect(say('en', unknown)).toBe('S = 10 ms (x9z.large: vCPUs unknown, not scaled to the instance size)')
  })
})

// Queueing (M/M/1, Erlang C with c = 1): the response time is exponential with rate μ − λ, so its
// p95 is ln 20 / (μ − λ); solving for μ at a measured p95 gives the service time 1/μ.
describe('a service time calibrated to measured throughput per task', () => {
  it('solves M/M/1 at the seed\'s 20 req/s per task and p95 20 ms: S = 1 / (20 + ln 20 / 0.020) = 5.89 ms', () => {
    const seconds = calibrateServiceTimeSeconds(20, 0.02, 1)
    expect(seconds).toBeCloseTo(1 / (20 + Math.log(20) / 0.02), 9)
    expect(seconds * 1000).toBeCloseTo(5.89, 2)
  })

  it('never reaches a service time of 0 s, whatever the measurement (p95 5e-324 ms, vCPU 1e-9)', () => {
    const s = swiftlogix()
    const tiny: Service = { ...s.config.services[0]!, performance: { serviceTimeMs: 0.001, workersPerTask: 1, measuredP95Ms: 5e-324, measuredAtRpsPerTask: 20 } }
    expect(effectiveServiceTime(tiny).params.serviceTimeMs).toBe(0.001)
    const scaledDown: Service = { ...s.config.services[0]!, performance: { serviceTimeMs: 0.001, workersPerTask: 1, measuredOnVcpu: 1e-9, cpuBoundShare: 1 } }
    expect(effectiveServiceTime(scaledDown).params.serviceTimeMs).toBe(0.001)
  })

  it('gives back the measured p95 at the measured rate for several workers (M/M/w)', () => {
    const seconds = calibrateServiceTimeSeconds(50, 0.03, 4)
    expect(responseTimePercentileSeconds({ arrivalRatePerSecond: 50, serviceTimeSeconds: seconds, servers: 4 }, 0.95)).toBeCloseTo(0.03, 7)
  })

  it('shows SwiftLogix\'s basis in the formula: the seed\'s JMeter run, 20 req/s per 0.5 vCPU task at p95 20 ms', () => {
    const o = order(swiftlogix())
    expect(o.typical.formula.code).toBe('capacity.formula.queue')
    expect(o.typical.formula.params.serviceTime).toMatchObject({
      code: 'capacity.service-time.same-size',
      params: { vcpu: 0.5, source: { code: 'capacity.service-time.calibrated', params: { rpsPerTask: 20, p95Ms: 20, workersPerTask: 1 } } },
    })
    expect(say('en', o.typical.formula)).toContain('S = 5.89 ms (calibrated to a measured run: 20 req/s per task at p95 20 ms) at 0.5 vCPU')
    expect(say('ko', o.typical.formula)).toContain('S = 5.89 ms(측정 결과에 맞춤: 태스크당 20 req/s에서 p95 20 ms), 0.5 vCPU 기준')
  })
})
