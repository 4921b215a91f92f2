import { describe, expect, it } from 'vitest'
import { findPreset, PRESETS } from '../../data/presets'
import { parseScenario, parseScenarioJson } from './parse-scenario'
import { summariseIssues } from './parse-errors'

/** The regions ArchDeck prices, as a refusal lists them. */

const swiftlogix = () => structuredClone(findPreset('swiftlogix')!.scenario)

/** The words of each field error (its reason is checked in model-issues.test.ts). */
function errorsOf(input: unknown) {
  const result = parseScenario(input)
  if (result.ok) throw new Error('expected a parse error')
  return result.errors.map(({ path, message }) => ({ path, message }))
}

describe('parseScenario', () => {
  it('accepts every preset', () => {
    for (const preset of PRESETS) expect(parseScenario(preset.scenario).ok).toBe(true)
  })

  it('points at the field and says what is wrong', () => {
    const s = swiftlogix()
    ;(s.config.services[0]!.count as { max: number }).max = 1
    expect(errorsOf(s)).toContainEqual({ path: 'config.services[0].count.max', message: 'max must be at least desired' })
  })

  it('reports an unknown field anywhere in the config instead of dropping it', () => {
    // A typo such as "cahce" would otherwise import as "no cache" without a word.
    const s = swiftlogix() as unknown as { config: Record<string, unknown> & { services: Record<string, unknown>[] } }
    s.config.cahce = {}
    s.config.services[0]!.loadBalancr = 'alb'
    expect(errorsOf(s)).toEqual([
      { path: 'config.services[0]', message: 'unknown field "loadBalancr"' },
      { path: 'config', message: 'unknown field "cahce"' },
    ])
  })

  it('rejects a NAT instance type that is not an instance type', () => {
    // Shrunk counterexample of lib/terraform/user-text.property.test.ts: "n${" reached instance_type unescaped.
    const s = swiftlogix()
    s.config.network.nat = { mode: 'instance', instanceType: 'n${' }
    expect(errorsOf(s)).toEqual([{ path: 'config.network.nat.instanceType', message: 'must look like t3.nano' }])
  })

  // Shrunk counterexamples of cli/report-json.property.test.ts: each was valid and broke a figure.
  it('rejects a service time so small it is 0 seconds, which made the capacity engine throw', () => {
    const s = swiftlogix()
    s.config.services[2]!.performance.serviceTimeMs = 5e-324
    expect(errorsOf(s)).toEqual([{ path: 'config.services[2].performance.serviceTimeMs', message: 'must be at least 0.001 ms' }])
  })

  it('bounds the budget and the exchange rate so KRW and USD figures stay finite', () => {
    const s = swiftlogix()
    s.requirements.budget = { ...s.requirements.budget, monthly: 1e308, krwPerUsd: 5e-324 }
    expect(errorsOf(s)).toEqual([
      { path: 'requirements.budget.monthly', message: 'must be at most 1000000000000' },
      { path: 'requirements.budget.krwPerUsd', message: 'must be at least 1 (about 1,300 KRW buy one USD)' },
    ])
  })

  it('names a missing field as required', () => {
    const s = swiftlogix() as unknown as { config: Record<string, unknown> }
    delete s.config.region
    expect(errorsOf(s)).toContainEqual({ path: 'config.region', message: 'is required (expected string)' })
  })

  it('rejects unknown fields so a typo is never silently ignored', () => {
    const s = swiftlogix() as unknown as { config: { database: Record<string, unknown> } }
    s.config.database.multiAZ = true
    expect(errorsOf(s)).toContainEqual({ path: 'config.database', message: 'unknown field "multiAZ"' })
  })

  it('lists the allowed values of an enum', () => {
    const s = swiftlogix() as unknown as { config: { database: { engine: string } } }
    s.config.database.engine = 'oracle'
    expect(errorsOf(s)[0]!.message).toBe('must be one of "postgresql", "mysql"')
  })

  it('keeps any AWS region code (an imported design may sit outside the priced ones) and refuses other text', () => {
    const s = swiftlogix() as unknown as { config: { region: string } }
    s.config.region = 'mars-1'
    expect(errorsOf(s)[0]!.message).toBe('must look like ap-northeast-2')
    s.config.region = 'sa-east-1'
    expect(parseScenario(s).ok).toBe(true)
  })

  it('rejects a reference to a security group that does not exist', () => {
    const s = swiftlogix()
    s.config.database.securityGroups = ['nope-sg']
    expect(errorsOf(s)).toContainEqual({ path: 'config.database.securityGroups[0]', message: 'unknown security group "nope-sg"' })
  })

  it('requires traffic bands that cover 24 hours', () => {
    const s = swiftlogix()
    s.requirements.traffic.bands[0]!.hoursPerDay = 9
    expect(errorsOf(s)[0]!.message).toBe('the bands must cover 24 hours a day (they cover 25)')
  })

  it('needs two availability zones for the ALB and the DB subnet group', () => {
    const s = swiftlogix()
    s.config.network.azCount = 1
    expect(errorsOf(s)[0]).toEqual({ path: 'config.network.azCount', message: 'ALBs and RDS subnet groups need at least 2 availability zones' })
  })

  it('rejects an invalid CIDR', () => {
    const s = swiftlogix()
    s.config.network.vpcCidr = '10.0.0.0/33'
    expect(errorsOf(s)[0]!.path).toBe('config.network.vpcCidr')
  })
})

describe('parseScenarioJson', () => {
  it('reports broken JSON like a field error', () => {
    const result = parseScenarioJson('{"config": ')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(summariseIssues(result.errors)).toMatch(/^\(file\): is not valid JSON/)
  })

  it('round-trips a preset through JSON', () => {
    const result = parseScenarioJson(JSON.stringify(swiftlogix()))
    expect(result.ok && result.value).toEqual(swiftlogix())
  })
})
