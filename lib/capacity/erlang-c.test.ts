import { describe, it, expect } from 'vitest'
import {
  erlangB,
  erlangC,
  isStable,
  meanResponseSeconds,
  meanWaitSeconds,
  minServersForPercentile,
  responseTimeExceedanceProbability,
  responseTimePercentileSeconds,
  smallestServersFor,
  MAX_QUEUE_SERVERS,
  utilisation,
  type QueueInputs,
} from './erlang-c'
import { LIMITS } from '../model'
import { readQueueSteps } from './queue-steps'

/**
 * Independent oracle: the textbook closed form
 *   C = [a^c/c! · c/(c−a)] / [Σ_{k<c} a^k/k! + a^c/c! · c/(c−a)]
 * evaluated in log space (log a^k/k! built up term by term) so it also works for
 * large c, without going through the Erlang B recurrence.
 */
function erlangCOracle(c: number, a: number): number {
  if (a >= c) return 1
  const logTerms: number[] = []
  let logTerm = 0 // log(a^0/0!)
  for (let k = 0; k < c; k++) {
    logTerms.push(logTerm)
    logTerm += Math.log(a) - Math.log(k + 1)
  }
  const logTop = logTerm + Math.log(c / (c - a)) // log(a^c/c! · c/(c−a))
  const max = Math.max(logTop, ...logTerms)
  const sum = logTerms.reduce((acc, l) => acc + Math.exp(l - max), 0)
  const top = Math.exp(logTop - max)
  return top / (sum + top)
}

/**
 * Independent oracle for P(T > t) by numerical convolution (Simpson's rule):
 *   P(T > t) = (1 − C)e^{−μt} + C·[ ∫_0^t θe^{−θw}·e^{−μ(t−w)} dw + e^{−θt} ]
 * (the queueing delay W ~ Exp(θ) either already exceeds t, or is w < t and then
 * the service time must exceed t − w).
 */
function exceedanceOracle(q: QueueInputs, t: number): number {
  const mu = 1 / q.serviceTimeSeconds
  const theta = q.servers * mu - q.arrivalRatePerSecond
  const C = erlangCOracle(q.servers, q.arrivalRatePerSecond * q.serviceTimeSeconds)
  const n = 2000
  const h = t / n
  const f = (w: number) => theta * Math.exp(-theta * w) * Math.exp(-mu * (t - w))
  let integral = f(0) + f(t)
  for (let i = 1; i < n; i++) integral += (i % 2 === 1 ? 4 : 2) * f(i * h)
  integral *= h / 3
  return (1 - C) * Math.exp(-mu * t) + C * (integral + Math.exp(-theta * t))
}

// λ = 200/s, S = 10 ms → μ = 100/s, offered load a = 2 Erlangs.
const load = { arrivalRatePerSecond: 200, serviceTimeSeconds: 0.01 }

describe('erlangB', () => {
  it('follows the recurrence by hand for two servers and one Erlang', () => {
    // B(1) = 1·1/(1 + 1) = 1/2; B(2) = 1·(1/2)/(2 + 1/2) = 1/5.
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 15)
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15)
  })

  it('is 1 with zero servers and 0 with zero load', () => {
    expect(erlangB(0, 3)).toBe(1)
    expect(erlangB(4, 0)).toBe(0)
  })
})

describe('erlangC', () => {
  it('equals the utilisation for a single server', () => {
    // c = 1: B(1) = a/(1 + a), ρ = a, C = B/(1 − a(1 − B)) = a.
    for (const a of [0, 0.1, 0.5, 0.9, 0.999]) expect(erlangC(1, a)).toBeCloseTo(a, 12)
  })

  it('is one third for two servers carrying one Erlang', () => {
    // Σ_{k<2} 1^k/k! = 2; 1^2/2! · 2/(2 − 1) = 1; C = 1/(2 + 1) = 1/3.
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14)
    expect(erlangCOracle(2, 1)).toBeCloseTo(1 / 3, 14)
  })

  it('matches the table value 0.2362 for five servers carrying three Erlangs', () => {
    // Σ_{k<5} 3^k/k! = 1 + 3 + 4.5 + 4.5 + 3.375 = 16.375
    // 3^5/5! · 5/(5 − 3) = 2.025 · 2.5 = 5.0625
    // C = 5.0625 / (16.375 + 5.0625) = 5.0625 / 21.4375 = 0.236151…
    expect(erlangC(5, 3)).toBeCloseTo(5.0625 / 21.4375, 14)
    expect(erlangC(5, 3)).toBeCloseTo(0.2362, 4)
  })

  it('agrees with the direct textbook formula across small and large systems', () => {
    const cases: Array<[number, number]> = [
      [1, 0.3], [2, 1.5], [3, 2], [4, 2], [10, 7.5], [50, 45], [200, 150], [1000, 990],
    ]
    for (const [c, a] of cases) {
      const relErr = Math.abs(erlangC(c, a) - erlangCOracle(c, a)) / erlangCOracle(c, a)
      expect(relErr).toBeLessThan(1e-10)
    }
  })

  it('returns 1 when the offered load reaches or exceeds the server count', () => {
    expect(erlangC(2, 2)).toBe(1)
    expect(erlangC(3, 10)).toBe(1)
  })
})

describe('utilisation and stability', () => {
  it('computes utilisation as arrival rate times service time over servers', () => {
    expect(utilisation({ ...load, servers: 4 })).toBeCloseTo(0.5, 15)
  })

  it('treats utilisation of exactly one as unstable', () => {
    expect(isStable({ ...load, servers: 2 })).toBe(false)
    expect(isStable({ ...load, servers: 3 })).toBe(true)
  })
})

describe('mean wait and response times', () => {
  it('gives the M/M/1 mean response time 1/(μ − λ)', () => {
    // λ = 50/s, μ = 100/s: Wq = ρ/(μ − λ) = 0.5/50 = 10 ms; W = 1/(μ − λ) = 20 ms.
    const q = { arrivalRatePerSecond: 50, serviceTimeSeconds: 0.01, servers: 1 }
    expect(meanWaitSeconds(q)).toBeCloseTo(0.01, 14)
    expect(meanResponseSeconds(q)).toBeCloseTo(1 / (100 - 50), 14)
  })

  it('gives C/(cμ − λ) for a two-server queue', () => {
    // λ = 100/s, μ = 100/s, c = 2: a = 1, C = 1/3, Wq = (1/3)/(200 − 100) = 1/300 s.
    const q = { arrivalRatePerSecond: 100, serviceTimeSeconds: 0.01, servers: 2 }
    expect(meanWaitSeconds(q)).toBeCloseTo(1 / 300, 14)
    expect(meanResponseSeconds(q)).toBeCloseTo(1 / 300 + 0.01, 14)
  })

  it('is infinite for an unstable queue', () => {
    expect(meanWaitSeconds({ ...load, servers: 2 })).toBe(Infinity)
    expect(meanResponseSeconds({ ...load, servers: 1 })).toBe(Infinity)
  })

  it('is zero waiting when nothing arrives', () => {
    const q = { arrivalRatePerSecond: 0, serviceTimeSeconds: 0.01, servers: 1 }
    expect(meanWaitSeconds(q)).toBe(0)
    expect(meanResponseSeconds(q)).toBe(0.01)
  })
})

describe('responseTimeExceedanceProbability', () => {
  it('reduces to an exponential with rate μ − λ for M/M/1', () => {
    // M/M/1: T ~ Exp(μ − λ), so P(T > t) = e^{−(μ−λ)t}.
    const q = { arrivalRatePerSecond: 50, serviceTimeSeconds: 0.01, servers: 1 }
    for (const t of [0, 0.005, 0.02, 0.1]) {
      expect(responseTimeExceedanceProbability(q, t)).toBeCloseTo(Math.exp(-50 * t), 14)
    }
  })

  it('uses the (1 + μt)e^{−μt} form when θ equals μ exactly', () => {
    // c = 3, λ = 200, μ = 100: θ = 300 − 200 = 100 = μ, C = 4/9
    // (Σ_{k<3} 2^k/k! = 5; 2^3/3! · 3/1 = 4; C = 4/9), so
    // P(T > t) = (5/9)e^{−100t} + (4/9)(1 + 100t)e^{−100t} = e^{−100t}(1 + 400t/9).
    const q = { ...load, servers: 3 }
    for (const t of [0, 0.01, 0.04, 0.2]) {
      const expected = Math.exp(-100 * t) * (1 + (400 * t) / 9)
      expect(responseTimeExceedanceProbability(q, t)).toBeCloseTo(expected, 14)
    }
  })

  it('is continuous as θ approaches μ', () => {
    // Nudging λ moves θ = 300 − λ just off μ = 100 (relative gaps 2e-7 and 2e-12).
    const exact = responseTimeExceedanceProbability({ ...load, servers: 3 }, 0.03)
    for (const lambda of [200 * (1 - 1e-7), 200 * (1 - 1e-12), 200 * (1 + 1e-12)]) {
      const near = responseTimeExceedanceProbability(
        { arrivalRatePerSecond: lambda, serviceTimeSeconds: 0.01, servers: 3 },
        0.03,
      )
      expect(Math.abs(near - exact)).toBeLessThan(1e-6)
    }
  })

  it('matches a numerical convolution of the waiting and service times', () => {
    const queues: QueueInputs[] = [
      { ...load, servers: 4 },
      { ...load, servers: 8 },
      { arrivalRatePerSecond: 950, serviceTimeSeconds: 0.1, servers: 100 },
      { arrivalRatePerSecond: 30, serviceTimeSeconds: 0.05, servers: 2 },
    ]
    for (const q of queues) {
      for (const t of [0.001, 0.01, 0.05, 0.3]) {
        expect(responseTimeExceedanceProbability(q, t)).toBeCloseTo(exceedanceOracle(q, t), 9)
      }
    }
  })

  it('is one at time zero and one for an unstable queue', () => {
    expect(responseTimeExceedanceProbability({ ...load, servers: 4 }, 0)).toBeCloseTo(1, 15)
    expect(responseTimeExceedanceProbability({ ...load, servers: 2 }, 5)).toBe(1)
  })
})

describe('responseTimePercentileSeconds', () => {
  it('gives the M/M/1 p95 as ln(20)/(μ − λ)', () => {
    // λ = 50/s, S = 10 ms: ρ = 0.5, p95 = ln 20 / 50 = 59.9 ms.
    const q = { arrivalRatePerSecond: 50, serviceTimeSeconds: 0.01, servers: 1 }
    const p95 = responseTimePercentileSeconds(q, 0.95)
    expect(Math.abs(p95 - Math.log(20) / 50) / p95).toBeLessThan(1e-8)
    expect(p95).toBeCloseTo(0.0599, 4)
  })

  it('solves e^{−x}(1 + 4x/9) = 0.05 for three servers at two Erlangs', () => {
    // From the θ = μ case above with x = 100t; by hand x ≈ 4.0206 → p95 ≈ 40.2 ms.
    const t = responseTimePercentileSeconds({ ...load, servers: 3 }, 0.95)
    const x = 100 * t
    expect(Math.exp(-x) * (1 + (4 * x) / 9)).toBeCloseTo(0.05, 9)
    expect(t).toBeCloseTo(0.0402, 4)
  })

  it('solves (1 + C)e^{−x} − Ce^{−2x} = 0.05 for four servers at two Erlangs', () => {
    // c = 4, a = 2: Σ_{k<4} 2^k/k! = 19/3; 2^4/4! · 4/2 = 4/3; C = 4/23.
    // θ = 400 − 200 = 200 = 2μ, so with x = 100t:
    // P(T > t) = (1 − C)e^{−x} + C(2e^{−x} − e^{−2x}) = (1 + C)e^{−x} − Ce^{−2x}.
    // By hand x ≈ 3.1485 → p95 ≈ 31.5 ms.
    const C = 4 / 23
    expect(erlangC(4, 2)).toBeCloseTo(C, 14)
    const t = responseTimePercentileSeconds({ ...load, servers: 4 }, 0.95)
    const x = 100 * t
    expect((1 + C) * Math.exp(-x) - C * Math.exp(-2 * x)).toBeCloseTo(0.05, 9)
    expect(t).toBeCloseTo(0.0315, 4)
  })

  it('has exceedance probability 1 − p at the computed percentile', () => {
    const queues: QueueInputs[] = [
      { ...load, servers: 3 },
      { ...load, servers: 5 },
      { arrivalRatePerSecond: 950, serviceTimeSeconds: 0.1, servers: 100 },
      { arrivalRatePerSecond: 99.9, serviceTimeSeconds: 0.01, servers: 1 },
    ]
    for (const q of queues) {
      for (const p of [0.5, 0.95, 0.999]) {
        const t = responseTimePercentileSeconds(q, p)
        expect(responseTimeExceedanceProbability(q, t)).toBeCloseTo(1 - p, 9)
      }
    }
  })

  it('decreases as servers are added', () => {
    let previous = Infinity
    for (let servers = 3; servers <= 8; servers++) {
      const t = responseTimePercentileSeconds({ ...load, servers }, 0.95)
      expect(t).toBeLessThan(previous)
      previous = t
    }
  })

  it('increases with the arrival rate', () => {
    let previous = 0
    for (let lambda = 0; lambda <= 350; lambda += 50) {
      const t = responseTimePercentileSeconds(
        { arrivalRatePerSecond: lambda, serviceTimeSeconds: 0.01, servers: 4 },
        0.95,
      )
      expect(t).toBeGreaterThan(previous)
      previous = t
    }
  })

  it('is the service-time percentile −ln(1 − p)·S when nothing arrives', () => {
    const q = { arrivalRatePerSecond: 0, serviceTimeSeconds: 0.01, servers: 1 }
    expect(responseTimePercentileSeconds(q, 0.95)).toBeCloseTo(Math.log(20) * 0.01, 15)
  })

  it('is infinite for an unstable queue', () => {
    expect(responseTimePercentileSeconds({ ...load, servers: 2 }, 0.95)).toBe(Infinity)
    expect(responseTimePercentileSeconds({ ...load, servers: 1 }, 0.5)).toBe(Infinity)
  })
})

describe('server sizing', () => {
  it('needs three servers for p95 within 1 s at 200/s and 10 ms', () => {
    // c = 2: ρ = 200·0.01/2 = 1 → unstable (p95 = ∞).
    // c = 3: ρ = 2/3, p95 ≈ 40.2 ms (see above) < 1 s.
    expect(responseTimePercentileSeconds({ ...load, servers: 2 }, 0.95)).toBe(Infinity)
    expect(responseTimePercentileSeconds({ ...load, servers: 3 }, 0.95)).toBeLessThan(1)
    expect(minServersForPercentile(load, 0.95, 1)).toBe(3)
  })

  it('needs four servers for p95 within 35 ms', () => {
    // c = 3 gives ≈ 40.2 ms (fails), c = 4 gives ≈ 31.5 ms (passes).
    expect(minServersForPercentile(load, 0.95, 0.035)).toBe(4)
  })

  it('needs more servers for a tight target, and one fewer fails it', () => {
    // Service-time p95 alone is ln 20 · 10 ms ≈ 29.96 ms; a 30.5 ms target leaves
    // little room for queueing, so more than the four servers above are needed.
    const target = 0.0305
    const c = minServersForPercentile(load, 0.95, target)
    expect(c).not.toBeNull()
    const servers = c as number
    expect(servers).toBeGreaterThan(4)
    expect(responseTimePercentileSeconds({ ...load, servers }, 0.95)).toBeLessThanOrEqual(target)
    expect(responseTimePercentileSeconds({ ...load, servers: servers - 1 }, 0.95)).toBeGreaterThan(target)
  })

  it('returns null when the service time alone misses the target', () => {
    // −ln(0.05) · 10 ms ≈ 29.96 ms > 29 ms, so no number of servers can help.
    expect(minServersForPercentile(load, 0.95, 0.029)).toBeNull()
  })

  it('returns null when the answer lies beyond maxServers', () => {
    // Needs 4 servers (see above) but only 3 are allowed.
    expect(minServersForPercentile(load, 0.95, 0.035, 3)).toBeNull()
    expect(minServersForPercentile(load, 0.95, 0.035, 4)).toBe(4)
  })

  it('finds the smallest server count for a monotone predicate', () => {
    // 200/s at 10 ms is 2 Erlangs: stability first holds at c = 3.
    expect(smallestServersFor(load, isStable)).toBe(3)
    // 2 Erlangs at ≤ 1% utilisation needs c ≥ 200.
    expect(smallestServersFor(load, (q) => utilisation(q) <= 0.01)).toBe(200)
    expect(smallestServersFor(load, (q) => utilisation(q) <= 0.01, 199)).toBeNull()
    expect(smallestServersFor(load, () => true)).toBe(1)
  })
})

describe('input validation', () => {
  const ok = { ...load, servers: 3 }

  it('rejects negative or NaN arrival rates', () => {
    expect(() => utilisation({ ...ok, arrivalRatePerSecond: -1 })).toThrow(RangeError)
    expect(() => meanWaitSeconds({ ...ok, arrivalRatePerSecond: Number.NaN })).toThrow(RangeError)
    expect(() => minServersForPercentile({ ...load, arrivalRatePerSecond: -5 }, 0.95, 1)).toThrow(
      /arrivalRatePerSecond/,
    )
  })

  it('rejects non-positive or NaN service times', () => {
    expect(() => utilisation({ ...ok, serviceTimeSeconds: 0 })).toThrow(RangeError)
    expect(() => isStable({ ...ok, serviceTimeSeconds: -0.01 })).toThrow(/serviceTimeSeconds/)
    expect(() => meanResponseSeconds({ ...ok, serviceTimeSeconds: Number.NaN })).toThrow(RangeError)
  })

  it('rejects server counts that are not integers of at least one', () => {
    expect(() => utilisation({ ...ok, servers: 0 })).toThrow(RangeError)
    expect(() => utilisation({ ...ok, servers: 2.5 })).toThrow(/servers/)
    expect(() => responseTimePercentileSeconds({ ...ok, servers: Number.NaN }, 0.95)).toThrow(RangeError)
    expect(() => erlangC(0, 1)).toThrow(RangeError)
    expect(() => erlangB(-1, 1)).toThrow(RangeError)
  })

  it('rejects negative offered loads, bad percentiles, negative times and bad limits', () => {
    expect(() => erlangB(2, -1)).toThrow(RangeError)
    expect(() => erlangC(2, Number.NaN)).toThrow(RangeError)
    expect(() => responseTimePercentileSeconds(ok, 0)).toThrow(RangeError)
    expect(() => responseTimePercentileSeconds(ok, 1)).toThrow(/p must be/)
    expect(() => responseTimeExceedanceProbability(ok, -1)).toThrow(RangeError)
    expect(() => minServersForPercentile(load, 0.95, 1, 0)).toThrow(/maxServers/)
    expect(() => minServersForPercentile(load, 0.95, -1)).toThrow(/targetSeconds/)
  })
})

describe('bounded work', () => {
  /** The plain recurrence from B(0) = 1, every step: the reference the bounded one must match. */
  function fullRecurrence(servers: number, a: number): number {
    let b = 1
    for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b)
    return b
  }

  function stepsOf(run: () => unknown): number {
    const before = readQueueSteps()
    run()
    return readQueueSteps() - before
  }

  it('allows as many servers as the largest service has (500 tasks × 64 workers) and no more', () => {
    expect(MAX_QUEUE_SERVERS).toBe(LIMITS.tasksPerService * 64)
    expect(() => erlangB(MAX_QUEUE_SERVERS + 1, 1)).toThrow(/servers must be at most 32000/)
    expect(() => erlangC(2e9, 1)).toThrow(RangeError)
    expect(() => responseTimePercentileSeconds({ arrivalRatePerSecond: 1, serviceTimeSeconds: 0.01, servers: 2e9 }, 0.95)).toThrow(/at most 32000/)
    expect(() => minServersForPercentile(load, 0.95, 1, 1e9)).toThrow(/maxServers must be at most 32000/)
  })

  it('stops the recurrence once B has underflowed to 0, with the same answer', () => {
    expect(stepsOf(() => expect(erlangB(MAX_QUEUE_SERVERS, 1)).toBe(fullRecurrence(MAX_QUEUE_SERVERS, 1)))).toBeLessThan(200)
  })

  it('starts a large load 10 standard deviations below it, within 1e-12 of the full recurrence', () => {
    for (const [c, a] of [[32_000, 31_000], [10_000, 9_500], [1_000, 990], [500, 120]] as const) {
      const steps = stepsOf(() => expect(Math.abs(erlangB(c, a) - fullRecurrence(c, a)) / fullRecurrence(c, a)).toBeLessThan(1e-12))
      expect(steps).toBeLessThanOrEqual(Math.ceil(10 * Math.sqrt(a)) + (c - a) + 1)
    }
  })

  it('jumps over the stall at the smallest subnormal with exactly what the steps would give', () => {
    // The same start as erlangB (10 standard deviations below a), every step walked.
    const walked = (c: number, a: number) => {
      let b = 1
      for (let k = Math.floor(a - 10 * Math.sqrt(a)) + 1; k <= c; k++) b = (a * b) / (k + a * b)
      return b
    }
    for (const a of [1000.5, 1001.5, 5000.5, 9500, 9500.25, 15000.75]) {
      const twice = 2 * Math.round(a)
      for (const c of [Math.floor(1.6 * a), twice - 3, twice - 2, twice - 1, twice, twice + 1, Math.min(3 * twice, MAX_QUEUE_SERVERS)])
        expect(Object.is(erlangB(c, a), walked(c, a))).toBe(true)
    }
    expect(stepsOf(() => erlangB(MAX_QUEUE_SERVERS, 9_500))).toBeLessThan(5_500)
  })

  it('runs loads under 100 Erlangs (every preset) through the unchanged recurrence, bit for bit', () => {
    for (const [c, a] of [[2, 0.2], [14, 4], [64, 20], [200, 99]] as const) expect(erlangB(c, a)).toBe(fullRecurrence(c, a))
  })

  it('starts sizing at the first stable count and finds what a count-by-count search finds', () => {
    for (const rps of [0, 1, 37, 199, 950, 4_000]) {
      for (const targetSeconds of [0.031, 0.05, 0.2, 5]) {
        const load = { arrivalRatePerSecond: rps, serviceTimeSeconds: 0.01 }
        let linear: number | null = null
        for (let c = 1; c <= 200 && linear === null; c++)
          if (isStable({ ...load, servers: c }) && responseTimePercentileSeconds({ ...load, servers: c }, 0.95) <= targetSeconds) linear = c
        expect(minServersForPercentile(load, 0.95, targetSeconds, 200)).toBe(linear)
      }
    }
  })

  it('sizes the busiest queue the model allows in a bounded number of steps', () => {
    // 9,500 Erlangs against the 10,000-server sizing ceiling: ~25 probes near the top of the range.
    const steps = stepsOf(() => minServersForPercentile({ arrivalRatePerSecond: 950_000, serviceTimeSeconds: 0.01 }, 0.95, 600))
    expect(steps).toBeLessThan(40 * (10 * Math.sqrt(9_500) + 500))
  })
})
