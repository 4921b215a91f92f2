import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import type { ArchitectureConfig, Scenario } from '../../model'
import { assessRecovery, plain, type Improvement } from '../../recovery'
import { pseudoCatalog, pseudoLocalize } from './pseudo'
import { say, sayWith } from './say'

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

describe('the recovery catalog', () => {
  it('words every sentence of every branch in Korean, with the same numbers as the English', () => {
    const problems: string[] = []
    const seen = new Set<string>()
    for (const { name, scenario } of variants()) {
      for (const s of assessRecovery(scenario.config, scenario.requirements).scenarios) {
        const reasons = [s.title, s.reason, ...s.steps, ...(s.parts ?? []).map((p) => p.reason), ...(s.improvement ? [s.improvement] : [])]
        for (const reason of reasons) {
          const en = say('en', reason)
          const ko = say('ko', reason)
          seen.add(en)
          if (/undefined|NaN|[\uac00-\ud7a3]/.test(en)) problems.push(`${name} ${s.id}: English "${en}"`)
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

  it('words every recovery reason of every preset in the pseudo-locale as accented English', () => {
    const pseudo = pseudoCatalog()
    for (const { id, scenario } of PRESETS) {
      for (const s of assessRecovery(scenario.config, scenario.requirements).scenarios)
        for (const reason of [s.title, s.reason, ...s.steps, ...(s.improvement ? [s.improvement] : [])])
          expect(sayWith(pseudo, reason), `${id} ${reason.code}`).toBe(pseudoLocalize(say('en', reason)))
    }
  })

  it('names every single-task service and uses the plural for several', () => {
    const { scenario } = variants().find((v) => v.name === 'swiftlogix / as designed')!
    const { config, requirements } = structuredClone(scenario)
    config.services[0]!.count.desired = 1
    config.services[1]!.count.desired = 1
    const crash = assessRecovery(config, requirements).scenarios[0]!
    expect(say('en', crash.reason)).toContain('Order service and Stock service each run a single task, so their users see an outage until the replacement is healthy.')
    expect(say('ko', crash.reason)).toContain('Order service, Stock service는 태스크가 하나뿐이라, 교체 태스크가 정상이 될 때까지 사용자가 중단을 겪습니다.')
  })

  it('ends with taking work again when no load balancer fronts the service', () => {
    const step = { code: 'recovery.step.replacement-healthy', params: { loadBalanced: false } } as const
    expect(say('en', step)).toBe('The replacement passes its health check and takes work again.')
    expect(say('ko', step)).toBe('교체 태스크가 헬스 체크를 통과하고 다시 일을 받습니다.')
  })

  it('joins several changes into one instruction in each language', () => {
    const several: Improvement = { code: 'recovery.improve.several', params: { items: [plain('recovery.improve.multi-az'), plain('recovery.improve.nat-per-az')] } }
    expect(say('en', several)).toBe('Turn on Database Multi-AZ and run one NAT gateway per AZ')
    expect(say('ko', several)).toBe('Database Multi-AZ 켜기, AZ마다 NAT 게이트웨이 하나씩 두기')
  })
})
