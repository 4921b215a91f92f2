import type { Scenario } from '../../../lib/model'

/**
 * The scenario with its database, cache and bastion on 3-year, partial-upfront reservations,
 * which no price file, seed statement or preset override prices: a design with unknown lines, for
 * tests of how an unknown price is shown (never $0, totals "at least"). Seed 001's own 1-year
 * plans no longer serve: their reservations are priced (seed-stated, or the bastion's ceiling).
 * Example: plan 2 → 221.53 USD known + 3 unknown lines (RDS, ElastiCache, bastion).
 */
export function withUnpricedReservations(scenario: Scenario): Scenario {
  const purchase = 'reserved-3yr-partial-upfront' as const
  const { config } = scenario
  const { bastion } = config.adminAccess
  return {
    ...scenario,
    config: {
      ...config,
      database: { ...config.database, purchase },
      ...(config.cache ? { cache: { ...config.cache, purchase } } : {}),
      adminAccess: bastion ? { ...config.adminAccess, bastion: { ...bastion, purchase } } : config.adminAccess,
    },
  }
}
