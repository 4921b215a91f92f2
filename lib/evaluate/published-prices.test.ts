import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { computeMonthlyCost } from '../cost'
import type { ArchitectureConfig, Scenario } from '../model'

/**
 * A new user's everyday classes in us-east-1, priced line by line at AWS's published on-demand
 * rates (AWS EC2 On-Demand Pricing, Amazon RDS for MySQL/PostgreSQL Pricing, Amazon ElastiCache
 * Pricing pages; the figures the extended catalog's README spot-checks against them).
 */
const base = (): Scenario => structuredClone(findPreset('standard-web')!.scenario)

function cost(edit: (config: ArchitectureConfig) => void) {
  const scenario = base()
  scenario.config.region = 'us-east-1'
  edit(scenario.config)
  return computeMonthlyCost(scenario.config, scenario.requirements)
}

function unitPriceOf(lineId: string, edit: (config: ArchitectureConfig) => void): number | null {
  const line = cost(edit).lines.find((l) => l.id === lineId)
  if (!line) throw new Error(`no line ${lineId}`)
  return line.price.status === 'known' ? line.price.usd : null
}

const database = (engine: 'mysql' | 'postgresql', instanceClass: string, multiAz = false) => (c: ArchitectureConfig) => {
  c.database = { ...c.database, engine, instanceClass, multiAz, purchase: 'on-demand' }
}

const webServers = (instanceType: string) => (c: ArchitectureConfig) => {
  const web = c.services[0]!
  if (web.compute.kind !== 'ec2') throw new Error('standard-web runs on EC2')
  web.compute = { ...web.compute, instanceType, purchase: 'on-demand' }
}

const cacheNode = (nodeType: string) => (c: ArchitectureConfig) => {
  c.cache = { engine: 'redis', nodeType, nodes: 1, purchase: 'on-demand', encrypted: true, securityGroups: [c.securityGroups[0]!.id] }
}

describe('AWS published on-demand prices, us-east-1', () => {
  it.each([
    ['RDS MySQL db.t3.large Single-AZ', database('mysql', 'db.t3.large'), 0.136],
    ['RDS PostgreSQL db.t3.large Single-AZ', database('postgresql', 'db.t3.large'), 0.145],
    ['RDS MySQL db.t4g.small Single-AZ', database('mysql', 'db.t4g.small'), 0.032],
    // AWS lists 0.065, not 2 × 0.032: a published Multi-AZ figure wins over the 2 × rule.
    ['RDS MySQL db.t4g.small Multi-AZ', database('mysql', 'db.t4g.small', true), 0.065],
    ['RDS MySQL db.m5.large Single-AZ', database('mysql', 'db.m5.large'), 0.171],
  ])('%s', (_name, edit, usdPerHour) => {
    expect(unitPriceOf('rds-instance', edit)).toBe(usdPerHour)
  })

  it.each([
    ['t3.medium', 0.0416],
    ['t3.large', 0.0832],
    ['m5.large', 0.096],
  ])('EC2 Linux %s', (instanceType, usdPerHour) => {
    expect(unitPriceOf('ec2:web', webServers(instanceType))).toBe(usdPerHour)
  })

  it.each([
    ['cache.m4.large', 0.156],
    ['cache.t3.micro', 0.017],
  ])('ElastiCache Redis %s', (nodeType, usdPerHour) => {
    expect(unitPriceOf('cache', cacheNode(nodeType))).toBe(usdPerHour)
  })

  it('RDS gp2 storage, Single-AZ and Multi-AZ, per GB-month', () => {
    expect(unitPriceOf('rds-storage', (c) => void (c.database = { ...c.database, storageType: 'gp2', multiAz: false }))).toBe(0.115)
    expect(unitPriceOf('rds-storage', (c) => void (c.database = { ...c.database, storageType: 'gp2', multiAz: true }))).toBe(0.23)
  })

  it('gives each of these lines a figure, so the total is complete where the design is', () => {
    const report = cost((c) => {
      database('postgresql', 'db.t3.large', true)(c)
      webServers('t3.large')(c)
      cacheNode('cache.t3.micro')(c)
    })
    expect(report.lines.filter((l) => ['rds-instance', 'ec2:web', 'cache'].includes(l.id)).every((l) => l.monthlyUsd !== null)).toBe(true)
  })
})
