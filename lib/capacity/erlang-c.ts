import { countQueueSteps } from './queue-steps'

/**
 * M/M/c queueing formulas (Erlang B / Erlang C) from textbook definitions.
 *
 * Model: Poisson arrivals at rate λ, c identical servers, exponential service
 * times with mean S (rate μ = 1/S), FIFO, infinite queue. Offered load a = λS
 * (in Erlangs), utilisation ρ = a/c. Pure functions: no dependencies, no clock.
 */

/** Inputs describing an M/M/c queue. `serviceTimeSeconds` is the MEAN of an exponential service time. */
export type QueueInputs = {
  arrivalRatePerSecond: number
  serviceTimeSeconds: number
  /** Integer ≥ 1. */
  servers: number
}

/** A queue's load without a server count (used when sizing servers). */
export type LoadInputs = Omit<QueueInputs, 'servers'>

/**
 * The most servers any formula here accepts: 500 tasks × 64 workers, the model's largest service
 * (lib/model LIMITS.tasksPerService × the workersPerTask cap). Every loop below runs at most this
 * many times whatever its caller passes, so no input can make one evaluation slow.
 */
export const MAX_QUEUE_SERVERS = 32_000

/**
 * How far below the offered load the Erlang B recurrence starts: terms more than this many standard
 * deviations below a Poisson(a) mean weigh less than e^(−K²/2) ≈ 2e-22 of the sum, far below a
 * double's precision, so skipping them changes nothing a person can read (see footnote 1).
 */
const SKIPPED_STANDARD_DEVIATIONS = 10

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

function assertNonNegativeFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number ≥ 0 (got ${String(value)})`)
  }
}

function assertPositiveFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0 (got ${String(value)})`)
  }
}

function assertIntegerAtLeast(name: string, value: number, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min} (got ${String(value)})`)
  }
}

function assertServerCount(name: string, value: number, min: number): void {
  assertIntegerAtLeast(name, value, min)
  if (value > MAX_QUEUE_SERVERS) throw new RangeError(`${name} must be at most ${MAX_QUEUE_SERVERS} (got ${String(value)})`)
}

function assertProbability(name: string, p: number): void {
  if (typeof p !== 'number' || !(p > 0 && p < 1)) {
    throw new RangeError(`${name} must be strictly between 0 and 1 (got ${String(p)})`)
  }
}

function validateLoad(load: LoadInputs): void {
  assertNonNegativeFinite('arrivalRatePerSecond', load.arrivalRatePerSecond)
  assertPositiveFinite('serviceTimeSeconds', load.serviceTimeSeconds)
}

function validateQueue(q: QueueInputs): void {
  validateLoad(q)
  assertServerCount('servers', q.servers, 1)
}

// ---------------------------------------------------------------------------
// Erlang B / C
// ---------------------------------------------------------------------------

/**
 * Erlang B blocking probability for `servers` servers and offered load `a` Erlangs,
 * via the stable recurrence B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)).
 * Bounded work: at most MAX_QUEUE_SERVERS steps; a large load starts the recurrence 10 standard
 * deviations below a (footnote 1), and the loop stops once B has underflowed to 0, where it stays,
 * or to the smallest subnormal, whose fate is known (footnote 2).
 *
 * Example: erlangB(2, 1): B(1) = 1/2, B(2) = 0.5/(2 + 0.5) = 0.2.
 */
export function erlangB(servers: number, offeredLoad: number): number {
  assertServerCount('servers', servers, 0)
  assertNonNegativeFinite('offeredLoad', offeredLoad)
  const skipped = Math.floor(offeredLoad - SKIPPED_STANDARD_DEVIATIONS * Math.sqrt(offeredLoad))
  const start = skipped > 0 && skipped < servers ? skipped : 0
  let b = 1
  let k = start + 1
  for (; k <= servers && b !== 0; k++) {
    if (b === Number.MIN_VALUE && k > offeredLoad) {
      // At the smallest subnormal the recurrence stalls until k reaches 2·round(a), then gives 0
      // (footnote 2): jump to the end with exactly what the remaining steps would give.
      b = servers < 2 * roundHalfEven(offeredLoad) ? Number.MIN_VALUE : 0
      break
    }
    const ab = offeredLoad * b
    b = ab / (k + ab)
  }
  countQueueSteps(k - start - 1)
  return b
}

/** Rounds to the nearest integer, ties to even, as IEEE 754 rounds a product onto the subnormal grid. */
function roundHalfEven(x: number): number {
  const r = Math.round(x)
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/**
 * Erlang C: probability that an arrival has to wait, for `servers` servers and
 * offered load `a` Erlangs. Computed from Erlang B as C = B / (1 − ρ(1 − B)),
 * ρ = a/c; returns 1 when ρ ≥ 1 (unstable: everyone waits).
 *
 * Example: erlangC(2, 1): B = 0.2, ρ = 0.5, C = 0.2 / (1 − 0.5·0.8) = 1/3.
 * For c = 1, C = ρ (e.g. erlangC(1, 0.5) = 0.5).
 */
export function erlangC(servers: number, offeredLoad: number): number {
  assertIntegerAtLeast('servers', servers, 1)
  assertNonNegativeFinite('offeredLoad', offeredLoad)
  const rho = offeredLoad / servers
  if (rho >= 1) return 1
  const b = erlangB(servers, offeredLoad)
  return b / (1 - rho * (1 - b))
}

// ---------------------------------------------------------------------------
// Queue metrics
// ---------------------------------------------------------------------------

/**
 * Server utilisation ρ = λ·S / c.
 *
 * Example: λ = 50/s, S = 10 ms, c = 1 → ρ = 0.5.
 */
export function utilisation(q: QueueInputs): number {
  validateQueue(q)
  return (q.arrivalRatePerSecond * q.serviceTimeSeconds) / q.servers
}

/**
 * True when the queue has a steady state (utilisation < 1).
 *
 * Example: λ = 200/s, S = 10 ms: c = 2 → ρ = 1, unstable; c = 3 → ρ = 2/3, stable.
 */
export function isStable(q: QueueInputs): boolean {
  return utilisation(q) < 1
}

/** Probability of waiting, C(c, λS), for a validated queue. */
function waitProbability(q: QueueInputs): number {
  return erlangC(q.servers, q.arrivalRatePerSecond * q.serviceTimeSeconds)
}

/**
 * Mean time spent queueing before service, Wq = C / (cμ − λ); Infinity when unstable.
 *
 * Example: M/M/1 with λ = 50/s, S = 10 ms: C = ρ = 0.5, Wq = 0.5/(100 − 50) = 10 ms.
 */
export function meanWaitSeconds(q: QueueInputs): number {
  if (!isStable(q)) return Infinity
  const mu = 1 / q.serviceTimeSeconds
  return waitProbability(q) / (q.servers * mu - q.arrivalRatePerSecond)
}

/**
 * Mean response time (queueing + service), W = Wq + S; Infinity when unstable.
 *
 * Example: M/M/1 with λ = 50/s, S = 10 ms: W = 1/(μ − λ) = 1/50 s = 20 ms.
 */
export function meanResponseSeconds(q: QueueInputs): number {
  return meanWaitSeconds(q) + q.serviceTimeSeconds
}

/**
 * P(E_a + E_b > t) for independent exponentials with rates a, b (hypoexponential
 * survival). Symmetric in a, b. Written as e^{−lo·t}·(1 − lo·expm1(−d·t)/d) with
 * lo = min(a, b), d = |a − b|, which equals (a·e^{−bt} − b·e^{−at})/(a − b) but has
 * no cancellation or overflow; falls back to the Erlang-2 limit (1 + μt)e^{−μt}
 * when the rates are (relatively) within 1e-9 of each other.
 */
function sumOfExponentialsSurvival(a: number, b: number, t: number): number {
  const lo = Math.min(a, b)
  const hi = Math.max(a, b)
  const d = hi - lo
  if (d < 1e-9 * hi) {
    const r = (a + b) / 2
    return (1 + r * t) * Math.exp(-r * t)
  }
  return Math.exp(-lo * t) * (1 - (lo * Math.expm1(-d * t)) / d)
}

/** P(T > t) for a validated, stable queue with precomputed C (`waitProb`). */
function exceedance(mu: number, theta: number, waitProb: number, t: number): number {
  if (t === Infinity) return 0
  const serviceOnly = Math.exp(-mu * t)
  if (waitProb === 0) return serviceOnly
  return (1 - waitProb) * serviceOnly + waitProb * sumOfExponentialsSurvival(theta, mu, t)
}

/**
 * P(T > t), the probability that the response time T = Wq + S exceeds `tSeconds`.
 * Wq is 0 with probability 1 − C and Exp(θ = cμ − λ) otherwise; S ~ Exp(μ); so
 * P(T > t) = (1 − C)e^{−μt} + C·(θe^{−μt} − μe^{−θt})/(θ − μ)  (θ ≠ μ),
 * with the limit (1 + μt)e^{−μt} for θ = μ. Returns 1 when unstable.
 *
 * Example: M/M/1 (T ~ Exp(μ − λ)) with λ = 50/s, S = 10 ms, t = 59.9 ms:
 * P = e^{−50·0.0599} ≈ 0.05.
 */
export function responseTimeExceedanceProbability(q: QueueInputs, tSeconds: number): number {
  validateQueue(q)
  if (typeof tSeconds !== 'number' || Number.isNaN(tSeconds) || tSeconds < 0) {
    throw new RangeError(`tSeconds must be a number ≥ 0 (got ${String(tSeconds)})`)
  }
  if (!isStable(q)) return 1
  const mu = 1 / q.serviceTimeSeconds
  const theta = q.servers * mu - q.arrivalRatePerSecond
  return exceedance(mu, theta, waitProbability(q), tSeconds)
}

/**
 * The p-quantile of the response time (e.g. p = 0.95 → p95), in seconds: the t with
 * P(T > t) = 1 − p, found by bracketing + bisection to 1e-9 relative precision.
 * Infinity when unstable; with λ = 0 it is the service-time quantile −ln(1 − p)·S.
 *
 * Example: M/M/1 with λ = 50/s, S = 10 ms: ρ = 0.5, p95 = ln 20/(μ − λ) = 59.9 ms.
 */
export function responseTimePercentileSeconds(q: QueueInputs, p: number): number {
  validateQueue(q)
  assertProbability('p', p)
  // Services of one design often share a load and a task count, and sizing asks the same queues
  // again: each answer is a ~60-step bisection, so remember it (pure in its four numbers).
  const key = `${q.arrivalRatePerSecond}|${q.serviceTimeSeconds}|${q.servers}|${p}`
  let seconds = percentiles.get(key)
  if (seconds === undefined) {
    seconds = percentileUncached(q, p)
    if (percentiles.size > 10_000) percentiles.clear()
    percentiles.set(key, seconds)
  }
  return seconds
}

const percentiles = new Map<string, number>()

function percentileUncached(q: QueueInputs, p: number): number {
  if (!isStable(q)) return Infinity
  const serviceQuantile = -Math.log1p(-p) * q.serviceTimeSeconds
  const waitProb = waitProbability(q)
  if (q.arrivalRatePerSecond === 0 || waitProb === 0) return serviceQuantile

  const mu = 1 / q.serviceTimeSeconds
  const theta = q.servers * mu - q.arrivalRatePerSecond
  const tail = 1 - p
  // T ≥ S stochastically, so the service-time quantile is a lower bracket.
  let lo = serviceQuantile
  let hi = Math.max(serviceQuantile, q.serviceTimeSeconds) * 2
  while (exceedance(mu, theta, waitProb, hi) > tail) {
    lo = hi
    hi *= 2
    if (!Number.isFinite(hi)) return Infinity
  }
  for (let i = 0; i < 400 && hi - lo > 1e-9 * hi; i++) {
    const mid = lo + (hi - lo) / 2
    if (exceedance(mu, theta, waitProb, mid) > tail) lo = mid
    else hi = mid
  }
  return hi
}

// ---------------------------------------------------------------------------
// Sizing
// ---------------------------------------------------------------------------

/**
 * Smallest server count c in [1, maxServers] for which `predicate` holds, or null.
 * The predicate must be monotone in c (false … false, true … true); the search
 * gallops (1, 2, 4, …) and then bisects, so it needs O(log c) evaluations.
 *
 * Example: λ = 200/s, S = 10 ms, predicate isStable → 3 (c = 2 has ρ = 1).
 */
export function smallestServersFor(
  load: LoadInputs,
  predicate: (q: QueueInputs) => boolean,
  maxServers = 10_000,
  /** A count below which the predicate is known to fail (e.g. the first stable one): the search starts there. */
  from = 1,
): number | null {
  validateLoad(load)
  assertServerCount('maxServers', maxServers, 1)
  assertServerCount('from', from, 1)
  const holds = (servers: number): boolean =>
    predicate({
      arrivalRatePerSecond: load.arrivalRatePerSecond,
      serviceTimeSeconds: load.serviceTimeSeconds,
      servers,
    })

  const first = Math.min(from, maxServers)
  if (holds(first)) return first
  let fails = first // largest c known to fail
  let passes = 0 // smallest c known to pass (0 = none found yet)
  for (let step = 1; passes === 0; step *= 2) {
    if (fails === maxServers) return null
    const candidate = Math.min(fails + step, maxServers)
    if (holds(candidate)) passes = candidate
    else fails = candidate
  }
  while (passes - fails > 1) {
    const mid: number = fails + Math.floor((passes - fails) / 2)
    if (holds(mid)) passes = mid
    else fails = mid
  }
  return passes
}

/**
 * Smallest integer c whose p-percentile response time is ≤ `targetSeconds`, or null
 * if none up to `maxServers` (also null when even the λ = 0 service-time
 * percentile −ln(1 − p)·S exceeds the target).
 *
 * Example: λ = 200/s, S = 10 ms, p = 0.95, target 1 s → 3 (c = 2 is unstable,
 * c = 3 has p95 ≈ 40.2 ms); with target 35 ms → 4 (c = 4 has p95 ≈ 31.5 ms).
 */
export function minServersForPercentile(
  load: LoadInputs,
  p: number,
  targetSeconds: number,
  maxServers = 10_000,
): number | null {
  validateLoad(load)
  assertProbability('p', p)
  assertNonNegativeFinite('targetSeconds', targetSeconds)
  assertServerCount('maxServers', maxServers, 1)
  const serviceQuantile = -Math.log1p(-p) * load.serviceTimeSeconds
  if (serviceQuantile > targetSeconds) return null
  // Every c ≤ λS is unstable and fails, so the search starts at the first stable count: the same
  // answer in a handful of probes instead of a gallop from 1 that overshoots into costly large c.
  const firstStable = Math.floor(load.arrivalRatePerSecond * load.serviceTimeSeconds) + 1
  return smallestServersFor(
    load,
    (q) => isStable(q) && responseTimePercentileSeconds(q, p) <= targetSeconds,
    maxServers,
    Math.min(firstStable, maxServers),
  )
}

// Footnotes
// 1. With x_k = 1/B(k), the recurrence is x_k = 1 + (k/a)·x_(k−1), so x_c = Σ_j Π_(i=j+1..c) i/a:
//    the term of index j is proportional to P(X = j) for X ~ Poisson(a). Starting at k0 with
//    B(k0) = 1 keeps the terms j ≥ k0 and drops P(X < k0) / P(X ≤ c) of the sum, which for
//    k0 = a − 10√a is below e^(−50) by the Chernoff bound. Loads under 100 Erlangs (every preset)
//    start at 0 as before, so their figures are bit for bit the same.
// 2. Below the normal range a double is an integer m times 2^−1074. With b = 2^−1074 (m = 1), a·b
//    rounds to round(a)·2^−1074, adding it to k leaves k, and the quotient rounds to
//    round(round(a)/k)·2^−1074: 1 while k < 2·round(a) (past the load, round(a)/k < 1.5), 0 from
//    k = 2·round(a) on (a tie at 1/2 rounds to even, 0). So the loop's result is known without
//    walking those steps, often more than half of them (e.g. c = 32,000 servers at a = 9,500).
