import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { computeMonthlyCost } from '../cost'
import { PRICED_REGIONS, setRegion } from '../model'
import { listPriceKeys, lookupPrice } from '../pricing'
import { instanceClassOf } from '../pricing/instance-class'

/**
 * Unit prices no stored AWS source gives outside the regions data/prices/aws-unit-prices.json
 * covers (the extended catalog's README, "Not found in any stored AWS source"): they stay unknown
 * there and the total says "at least".
 */
const NO_SOURCE_OUTSIDE_CURATED = [/^alb\./, /^nlb\./, /^rds\.storage\./, /^rds\.backup/, /^rds\.database_insights\./, /^ebs\./, /^data_transfer\./, /^route53\./, /^vpc_flow_logs?\./, /^cloudwatch\.logs\.vended/]
/** Purchases no source prices unless a seed states one or the user gives one. */
const COMMITMENT_OR_SPOT = /^(reserved|savings_plan)\.|\.spot\./

describe('every preset in each of the seven regions', () => {
  for (const region of PRICED_REGIONS) {
    it(`${region}: no line is unknown for a class or component the region's prices cover`, () => {
      const keys = listPriceKeys(region).filter((key) => lookupPrice(region, key).status === 'known')
      const serviceOf = (key: string) => key.split('.')[0]
      const covered = (key: string, cls: string) => keys.some((k) => serviceOf(k) === serviceOf(key) && instanceClassOf(k) === cls)
      for (const preset of PRESETS) {
        const { config, requirements } = preset.scenario
        const report = computeMonthlyCost(setRegion(config, region), requirements)
        for (const line of report.lines.filter((l) => l.monthlyUsd === null)) {
          const key = line.price.key
          const cls = instanceClassOf(key)
          const why = COMMITMENT_OR_SPOT.test(key) || (cls !== null ? !covered(key, cls) : NO_SOURCE_OUTSIDE_CURATED.some((p) => p.test(key)))
          expect(why, `${preset.id} in ${region}: ${line.id} (${key}) is unknown though the region's prices cover it`).toBe(true)
        }
      }
    })
  }
})
