import type { Service } from '../model'
import type { ServiceTimeBasis, ServiceTimeSource } from './capacity-reasons'
import { responseTimePercentileSeconds } from './erlang-c'
import { computeVcpus } from './instance-vcpus'

const P95 = 0.95

/**
 * The share of a request's service time spent on the CPU when the design does not say: an assumption,
 * stated as one in every formula that uses it. The rest (database and network waits) does not speed
 * up with more vCPU.
 */
export const ASSUMED_CPU_BOUND_SHARE = 0.5

/**
 * The shortest service time the engine works with, the model's own minimum for serviceTimeMs: a
 * calibration to a p95 of 5e-324 ms, or a large scale-down, would otherwise reach 0 s, which no
 * queue can have.
 */
const MIN_SERVICE_TIME_MS = 0.001

/**
 * The service time that gives p95 = `p95Seconds` for one task of `workers` workers at `rpsPerTask`
 * (M/M/w): the p95 grows with the service time, so bisection finds it. Above −ln(0.05)·S the service
 * time alone exceeds the p95, and above w/λ the queue is unstable, so the answer lies below both.
 *
 * Example: 20 req/s per task at p95 20 ms, 1 worker: M/M/1 p95 = ln 20 / (1/S − 20) = 20 ms → S = 5.89 ms.
 */
export function calibrateServiceTimeSeconds(rpsPerTask: number, p95Seconds: number, workers: number): number {
  // Every evaluation of the design asks again (each probe is a p95 bisection): remember the answer.
  const key = `${rpsPerTask}|${p95Seconds}|${workers}`
  let seconds = calibrated.get(key)
  if (seconds === undefined) {
    seconds = bisectServiceTime(rpsPerTask, p95Seconds, workers)
    if (calibrated.size > 1_000) calibrated.clear()
    calibrated.set(key, seconds)
  }
  return seconds
}

const calibrated = new Map<string, number>()

function bisectServiceTime(rpsPerTask: number, p95Seconds: number, workers: number): number {
  let lo = 0
  let hi = Math.min(p95Seconds / -Math.log1p(-P95), workers / rpsPerTask)
  for (let i = 0; i < 60 && hi - lo > 1e-12 * hi; i++) {
    const mid = lo + (hi - lo) / 2
    const q = { arrivalRatePerSecond: rpsPerTask, serviceTimeSeconds: mid, servers: workers }
    if (mid * rpsPerTask < workers && responseTimePercentileSeconds(q, P95) <= p95Seconds) lo = mid
    else hi = mid
  }
  return lo
}

/** The measured service time: calibrated to a measured p95 at a per-task rate when the design gives both, else as given. */
function sourceOf(service: Service): ServiceTimeSource {
  const { serviceTimeMs, measuredP95Ms, measuredAtRpsPerTask, workersPerTask } = service.performance
  if (measuredP95Ms === undefined || measuredAtRpsPerTask === undefined) return { code: 'capacity.service-time.given', params: { serviceTimeMs } }
  const calibratedMs = Math.max(MIN_SERVICE_TIME_MS, calibrateServiceTimeSeconds(measuredAtRpsPerTask, measuredP95Ms / 1000, workersPerTask) * 1000)
  return { code: 'capacity.service-time.calibrated', params: { rpsPerTask: measuredAtRpsPerTask, p95Ms: measuredP95Ms, workersPerTask, serviceTimeMs: calibratedMs } }
}

/**
 * The mean service time one request takes on this service's task size, and how it was obtained. The
 * CPU-bound part scales with vCPU (a Fargate task gets the CPU its size reserves: ECS "Task size",
 * 1,024 CPU units = 1 vCPU), the rest does not:
 * S = S_measured × ((1 − share) + share × measuredOnVcpu / vcpu).
 *
 * Example: 10 ms measured at 0.5 vCPU, share 0.5, run on 0.25 vCPU: 10 × (0.5 + 0.5 × 2) = 15 ms.
 */
export function effectiveServiceTime(service: Service): ServiceTimeBasis {
  const source = sourceOf(service)
  const measuredMs = source.params.serviceTimeMs
  const vcpu = computeVcpus(service.compute)
  if (vcpu === null) {
    const instanceType = service.compute.kind === 'ec2' ? service.compute.instanceType : ''
    return { code: 'capacity.service-time.unknown-vcpu', params: { source, instanceType, serviceTimeMs: measuredMs } }
  }
  const measuredOnVcpu = service.performance.measuredOnVcpu ?? vcpu
  if (measuredOnVcpu === vcpu) return { code: 'capacity.service-time.same-size', params: { source, vcpu, serviceTimeMs: measuredMs } }
  const cpuBoundShare = service.performance.cpuBoundShare ?? ASSUMED_CPU_BOUND_SHARE
  const serviceTimeMs = Math.max(MIN_SERVICE_TIME_MS, measuredMs * (1 - cpuBoundShare + (cpuBoundShare * measuredOnVcpu) / vcpu))
  return {
    code: 'capacity.service-time.scaled',
    params: { source, measuredOnVcpu, vcpu, cpuBoundShare, shareAssumed: service.performance.cpuBoundShare === undefined, serviceTimeMs },
  }
}
