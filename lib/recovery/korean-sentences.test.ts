import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import type { ArchitectureConfig, Scenario } from '../model'
import { assessRecovery } from './assess-recovery'

type Mutation = (config: ArchitectureConfig) => void

/** One change per branch the recovery engine takes, so every sentence it can write is produced. */
const MUTATIONS: Record<string, Mutation> = {
  'as designed': () => {},
  'multi-az': (c) => void (c.database.multiAz = true),
  'single-az': (c) => void (c.database.multiAz = false),
  'two replicas': (c) => void ((c.database.multiAz = false), (c.database.readReplicas = 2)),
  'no backups': (c) => void ((c.database.multiAz = false), (c.database.readReplicas = 0), (c.database.backupRetentionDays = 0)),
  'no nat, no endpoints': (c) => void ((c.network.nat.mode = 'none'), (c.network.vpcEndpoints = [])),
  'no nat, image endpoints': (c) => void ((c.network.nat.mode = 'none'), (c.network.vpcEndpoints = ['s3', 'ecr-api', 'ecr-dkr'])),
  'one nat, endpoints': (c) => void ((c.network.nat.mode = 'single'), (c.network.vpcEndpoints = ['s3', 'ecr-api', 'ecr-dkr'])),
  'one nat': (c) => void ((c.network.nat.mode = 'single'), (c.network.vpcEndpoints = [])),
  'nat per az': (c) => void (c.network.nat.mode = 'per-az'),
  'nat instance': (c) => void (c.network.nat.mode = 'instance'),
  'nat instance, endpoints': (c) => void ((c.network.nat.mode = 'instance'), (c.network.vpcEndpoints = ['s3', 'ecr-api', 'ecr-dkr'])),
  'three azs': (c) => void (c.network.azCount = 3),
  'single tasks': (c) => c.services.forEach((s) => ((s.count.min = 1), (s.count.desired = 1))),
  'one idle service': (c) => void ((c.services[0]!.count.min = 0), (c.services[0]!.count.desired = 0)),
  'all roll back': (c) => c.services.forEach((s) => (s.deployment.autoRollback = true)),
  'some roll back': (c) => void (c.services[0]!.deployment.autoRollback = true),
  'storage autoscaling': (c) => void (c.database.maxStorageGb = c.database.storageGb * 5),
  'no alarms': (c) => void ((c.monitoring.alarms = 0), (c.database.maxStorageGb = undefined)),
  'one alarm': (c) => void ((c.monitoring.alarms = 1), (c.database.maxStorageGb = undefined)),
  'cross-region backups': (c) => void (c.disasterRecovery = { mode: 'none', crossRegionBackups: true }),
  'backup and restore': (c) => void (c.disasterRecovery = { mode: 'backup-restore', crossRegionBackups: false }),
  'backup and restore, replicated': (c) => void (c.disasterRecovery = { mode: 'backup-restore', crossRegionBackups: true }),
  'pilot light': (c) => void (c.disasterRecovery = { mode: 'pilot-light', crossRegionBackups: true }),
  'warm standby': (c) => void (c.disasterRecovery = { mode: 'warm-standby', crossRegionBackups: true }),
}

function variants(): { name: string; scenario: Scenario }[] {
  return PRESETS.flatMap((preset) =>
    Object.entries(MUTATIONS).map(([change, mutate]) => {
      const scenario = structuredClone(preset.scenario)
      mutate(scenario.config)
      return { name: `${preset.id} / ${change}`, scenario }
    }),
  )
}

const HANGUL = /[가-힣]/
const numbersIn = (sentence: string): string[] => sentence.match(/\d+(\.\d+)?/g) ?? []

describe('the recovery engine in Korean', () => {
  it('writes every sentence of every branch in Korean, with the same numbers as the English', () => {
    const problems: string[] = []
    const seen = new Set<string>()
    for (const { name, scenario } of variants()) {
      for (const s of assessRecovery(scenario.config, scenario.requirements).scenarios) {
        const pairs: [string, string][] = [
          [s.reason, s.ko.reason],
          ...s.steps.map((step, i): [string, string] => [step, s.ko.steps[i] ?? '']),
          ...(s.parts ?? []).map((p): [string, string] => [p.reason, p.ko.reason]),
        ]
        if (s.improvement !== null) pairs.push([s.improvement, s.ko.improvement ?? ''])
        if (s.ko.steps.length !== s.steps.length) problems.push(`${name} ${s.id}: ${s.steps.length} steps, ${s.ko.steps.length} in Korean`)
        for (const [en, ko] of pairs) {
          seen.add(en)
          if (!HANGUL.test(ko)) problems.push(`${name} ${s.id}: no Korean for "${en}"`)
          const missing = numbersIn(en).filter((n) => !numbersIn(ko).includes(n))
          if (missing.length > 0) problems.push(`${name} ${s.id}: Korean lacks ${missing.join(', ')} of "${en}" → "${ko}"`)
        }
      }
    }
    expect(problems).toEqual([])
    // The variants reach many distinct sentences; a drop here means a mutation stopped applying.
    expect(seen.size).toBeGreaterThan(150)
  })
})
