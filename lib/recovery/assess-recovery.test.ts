import { describe, expect, it } from 'vitest'
import { CATALOG_WORDS_IN_JSON, collectStrings } from '../explain/testing/engine-words'
import { PRESETS } from '../../data/presets'
import { assessRecovery } from './assess-recovery'
import { cloneSwiftlogix } from './swiftlogix-fixture'
import type { RecoveryAssessment } from './types'

function modesOf(assessment: RecoveryAssessment): Record<string, string> {
  return Object.fromEntries(assessment.scenarios.map((s) => [s.id, s.mode]))
}

function scenario(assessment: RecoveryAssessment, id: string) {
  const found = assessment.scenarios.find((s) => s.id === id)
  if (!found) throw new Error(`no scenario ${id}`)
  return found
}

describe('what assessRecovery says', () => {
  it('returns codes and params, never prose, Hangul or { en, ko } pairs, for every preset', () => {
    for (const { id, scenario } of PRESETS) {
      const { config, requirements } = scenario
      const result = assessRecovery(config, requirements)
      const userText = new Set([
        ...config.services.flatMap((s) => [s.id, s.name]),
        ...config.loadBalancers.map((lb) => lb.id),
        config.region,
        config.network.nat.instanceType,
        ...config.network.vpcEndpoints,
        's3', 'ecr-api', 'ecr-dkr', 'auto', 'partial', 'manual', 'app', 'database', 'nat', 'load-balancer', 'bastion', 'cache', 'region', 'fargate', 'ec2', 'share of scenarios',
      ])
      const prose = collectStrings(result).filter((s) => !userText.has(s) && !/^recovery\.[a-z.-]+$/.test(s) && !/^[a-z]+(-[a-z]+)*$/.test(s))
      expect(prose, id).toEqual([])
      expect(JSON.stringify(result), id).not.toMatch(CATALOG_WORDS_IN_JSON)
    }
  })
})

describe('assessRecovery for the swiftlogix preset', () => {
  const { config, requirements } = cloneSwiftlogix()
  const assessment = assessRecovery(config, requirements)

  it('assesses all eight scenarios in the documented order', () => {
    expect(assessment.scenarios.map((s) => s.id)).toEqual([
      'task-crash',
      'host-failure',
      'db-unresponsive',
      'az-outage',
      'bad-deploy',
      'db-disk-full',
      'nat-loss',
      'region-outage',
    ])
  })

  it('recovers from task crashes, host failures and a hung database by itself, keeps serving through a bad deploy, and needs people for the rest', () => {
    expect(modesOf(assessment)).toEqual({
      'task-crash': 'auto',
      'host-failure': 'auto',
      'db-unresponsive': 'auto',
      'az-outage': 'partial',
      'bad-deploy': 'partial',
      'db-disk-full': 'manual',
      'nat-loss': 'manual',
      'region-outage': 'manual',
    })
  })

  it('splits the AZ outage into app auto, database manual and NAT manual', () => {
    const parts = Object.fromEntries((scenario(assessment, 'az-outage').parts ?? []).map((p) => [p.component, p.mode]))
    expect(parts).toMatchObject({ app: 'auto', database: 'manual', nat: 'manual' })
  })

  it('covers 3 of 8 scenarios = 37.5 %', () => {
    expect(assessment).toMatchObject({ autoCount: 3, partialCount: 2, manualCount: 3 })
    expect(assessment.coverage.value).toBe(0.375)
    expect(assessment.coverage.formula).toEqual({ code: 'recovery.coverage.share', params: { auto: 3, total: 8, share: 0.375 } })
  })

  it('meets the 5-minute RTO and RPO only for task crashes, host failures and a bad deploy (no outage)', () => {
    const met = assessment.scenarios.filter((s) => s.meetsObjectives).map((s) => s.id)
    expect(met).toEqual(['task-crash', 'host-failure', 'bad-deploy'])
  })

  it('gathers the single points of failure from every scenario, each once', () => {
    expect(assessment.singlePointsOfFailure).toEqual(['bastion', 'database', 'nat', 'region'])
  })
})

describe('assessRecovery as the configuration improves', () => {
  it('fails the database over in 2 minutes with no data lost once Multi-AZ is on', () => {
    const { config, requirements } = cloneSwiftlogix()
    config.database.multiAz = true
    const assessment = assessRecovery(config, requirements)
    expect(scenario(assessment, 'db-unresponsive')).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0, meetsObjectives: true })
    const database = scenario(assessment, 'az-outage').parts?.find((p) => p.component === 'database')
    expect(database?.mode).toBe('auto')
    expect(assessment.coverage.value).toBe(3 / 8)
  })

  it('survives an AZ outage automatically with Multi-AZ and one NAT gateway per AZ', () => {
    const { config, requirements } = cloneSwiftlogix()
    config.database.multiAz = true
    config.network.nat.mode = 'per-az'
    const assessment = assessRecovery(config, requirements)
    expect(scenario(assessment, 'az-outage')).toMatchObject({ mode: 'auto', rtoMinutes: 2, rpoMinutes: 0, meetsObjectives: true })
    expect(scenario(assessment, 'nat-loss').mode).toBe('partial')
    expect(assessment.coverage.formula).toEqual({ code: 'recovery.coverage.share', params: { auto: 4, total: 8, share: 0.5 } })
  })

  it('never lowers coverage when Multi-AZ is turned on, for every preset', () => {
    expect(PRESETS.length).toBeGreaterThan(0)
    for (const preset of PRESETS) {
      const { config, requirements } = structuredClone(preset.scenario)
      config.database.multiAz = false
      const before = assessRecovery(config, requirements).autoCount
      config.database.multiAz = true
      const after = assessRecovery(config, requirements).autoCount
      expect(after, preset.id).toBeGreaterThanOrEqual(before)
    }
  })

  it('never makes any scenario worse when Multi-AZ is turned on, across AZ counts, NAT modes, replicas and backups', () => {
    const rank = { manual: 0, partial: 1, auto: 2 } as const
    for (const preset of PRESETS)
      for (const azCount of [1, 2, 3])
        for (const nat of ['none', 'single', 'per-az', 'instance'] as const)
          for (const readReplicas of [0, 1])
            for (const backupRetentionDays of [0, 7]) {
              const { config, requirements } = structuredClone(preset.scenario)
              config.network.azCount = azCount
              config.network.nat.mode = nat
              config.database.readReplicas = readReplicas
              config.database.backupRetentionDays = backupRetentionDays
              config.database.multiAz = false
              const before = assessRecovery(config, requirements).scenarios
              config.database.multiAz = true
              const after = assessRecovery(config, requirements).scenarios
              before.forEach((b, i) => {
                const label = `${preset.id} ${b.id} azCount=${azCount} nat=${nat} replicas=${readReplicas} backups=${backupRetentionDays}`
                expect(rank[after[i]!.mode], label).toBeGreaterThanOrEqual(rank[b.mode])
              })
            }
  })

  it('does not change the caller\'s config', () => {
    const { config, requirements } = cloneSwiftlogix()
    const copy = structuredClone(config)
    assessRecovery(config, requirements)
    expect(config).toEqual(copy)
  })
})
