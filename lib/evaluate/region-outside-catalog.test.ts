import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { parseScenario, setRegion } from '../model'
import { azNames } from '../network/availability-zones'
import { evaluateScenario } from './evaluate-scenario'

// A design imported from Terraform keeps its region even where ArchDeck has no prices: São Paulo
// (sa-east-1) is a real region (AWS General Reference, "Regional endpoints") outside the seven books.
describe('a region outside the price books', () => {
  const base = PRESETS.find((p) => p.id === 'swiftlogix')!.scenario
  const moved = { ...base, config: setRegion(base.config, 'sa-east-1') }

  it('is a valid model: any AWS region code is kept', () => {
    expect(parseScenario(moved).ok).toBe(true)
  })

  it('refuses text that is not a region code', () => {
    for (const region of ['mars-1', 'sa-east', 'SA-EAST-1', '${file("/etc/passwd")}'])
      expect(parseScenario({ ...base, config: { ...base.config, region } }).ok, region).toBe(false)
  })

  it('prices every region-priced line as unknown, so the total is a lower bound, and still evaluates', () => {
    const result = evaluateScenario(moved)
    const unknown = result.cost.lines.filter((l) => l.monthlyUsd === null)
    expect(unknown.length).toBeGreaterThan(0)
    expect(result.cost.complete).toBe(false)
    expect(result.cost.unknownLines.length).toBe(unknown.length)
    expect(result.recovery.scenarios.length).toBe(8)
  })

  it('plans subnets in zones a, b and c, which every region has', () => {
    expect(azNames('sa-east-1', 3)).toEqual(['sa-east-1a', 'sa-east-1b', 'sa-east-1c'])
  })
})
