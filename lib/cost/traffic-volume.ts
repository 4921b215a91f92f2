import type { TrafficProfile } from '../model'

const KIB_PER_GIB = 1024 * 1024
const SECONDS_PER_HOUR = 3600

/** Requests a day: Σ band rps × hours × 3600. Seed 000: (20×8 + 5×1 + 0.25×15) × 3600 = 607,500. */
function requestsPerDay(traffic: TrafficProfile): number {
  return traffic.bands.reduce((sum, band) => sum + band.rps * band.hoursPerDay * SECONDS_PER_HOUR, 0)
}

/** The busiest daily band (the peak event is separate). */
export function busiestBandRps(traffic: TrafficProfile): number {
  return Math.max(...traffic.bands.map((b) => b.rps))
}

/** Requests and response bytes a month. */
type MonthlyVolume = { requests: number; gb: number }

/**
 * Response bytes a month, in GiB as AWS bills them. Seed 000: 607,500 req/day × 30 days × 5 KiB
 * = 18,225,000 requests = 86.9 GB.
 */
export function monthlyResponseVolume(traffic: TrafficProfile, share = 1): MonthlyVolume {
  const requests = requestsPerDay(traffic) * traffic.daysPerMonth * share
  const gb = (requests * traffic.responseSizeKb) / KIB_PER_GIB
  return { requests, gb }
}
