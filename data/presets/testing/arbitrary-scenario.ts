// Test support (imported only by *.property.test.ts): fast-check generators of scenarios.
import fc from 'fast-check'
import { PRESETS } from '..'
import { setAzCount, setDbMultiAz, setNatGateways, setRegion, setServiceTaskCount, setTasksPerService, type NatGatewayChoice } from '../../../lib/model/edit-config'
import { parseScenario } from '../../../lib/model/parse-scenario'
import type { Region } from '../../../lib/model/primitives'
import type { Scenario } from '../../../lib/model/scenario'

export const PRESET_SCENARIOS: readonly Scenario[] = PRESETS.map((p) => p.scenario)

/**
 * Prints as `label` in a counterexample instead of the whole scenario. Non-enumerable, so
 * equality, JSON and the schema never see it.
 */
export function labelled<T extends object>(value: T, label: string | (() => string)): T {
  Object.defineProperty(value, fc.toStringMethod, { value: typeof label === 'string' ? () => label : label, enumerable: false })
  return value
}

/** One of the seed presets, unchanged (a copy, so a test may change it). */
export const presetScenario: fc.Arbitrary<Scenario> = fc
  .nat({ max: PRESETS.length - 1 })
  .map((i) => labelled(structuredClone(PRESETS[i]!.scenario), `preset ${PRESETS[i]!.id}`))

/** Pieces that break naive templating, quoting or encoding when a user types them into a label. */
const HOSTILE_PIECES = [
  '${', '%{', '}', '$${', '%%{', '$', '%', '${file("/etc/passwd")}', '%{ if true }x%{ endif }', '${var.db_password}',
  '"', "'", '\\', '\\"', '\n', '\r\n', '\t', '\u0000', '\u2028', '주문', 'é', 'e\u0301', '🚀', '\u202e', '\ud800', '<b>', '&amp;', ' ',
]

/**
 * Text a user might type as a name or description: hostile pieces mixed with arbitrary unicode,
 * kept within LabelSchema (1–120 characters once trimmed).
 */
export const userText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 8 })
  .map((parts) => `n${parts.join('')}`.slice(0, 118))

const FARGATE_SIZES = [[0.25, 0.5], [0.5, 1], [1, 2], [2, 4], [4, 8]] as const
/** Known catalog classes, plus ones the catalog has no price for (their lines are unknown). */
const DB_CLASSES = ['db.t3.micro', 'db.t3.small', 'db.t4g.medium', 'db.m5.large', 'db.r6g.xlarge', 'db.x9.huge']
const EC2_TYPES = ['t3.micro', 't3.small', 't4g.small', 'm5.large', 'c5.large', 'zz9.huge']
const CACHE_NODES = ['cache.t3.micro', 'cache.t4g.small', 'cache.r6g.large']
const REGIONS: readonly Region[] = ['us-east-1', 'ap-northeast-2']

/** A user's edit as plain data, so a shrunk counterexample prints readably. */
export type ScenarioEdit =
  | { kind: 'tasksPerService'; tasks: number }
  | { kind: 'serviceTasks'; service: number; tasks: number }
  | { kind: 'multiAz'; on: boolean }
  | { kind: 'nat'; choice: NatGatewayChoice }
  | { kind: 'natInstance'; instanceType: string }
  | { kind: 'azCount'; azCount: number }
  | { kind: 'region'; region: Region }
  | { kind: 'fargateSize'; size: number }
  | { kind: 'dbClass'; instanceClass: string }
  | { kind: 'readReplicas'; replicas: number }
  | { kind: 'cache'; nodeType: string | null }
  | { kind: 'ec2Type'; service: number; instanceType: string }
  | { kind: 'addService'; from: number; name: string }
  | { kind: 'removeService'; service: number }
  | { kind: 'rename'; target: 'config' | 'service' | 'securityGroup' | 'rule' | 'loadBalancer' | 'requirements'; index: number; text: string }

const tasks = fc.integer({ min: 0, max: 60 })
const index = fc.nat({ max: 20 })

export const scenarioEdit: fc.Arbitrary<ScenarioEdit> = fc.oneof(
  tasks.map((t) => ({ kind: 'tasksPerService' as const, tasks: t })),
  fc.record({ kind: fc.constant('serviceTasks' as const), service: index, tasks }),
  fc.boolean().map((on) => ({ kind: 'multiAz' as const, on })),
  fc.constantFrom<NatGatewayChoice>(0, 1, 2).map((choice) => ({ kind: 'nat' as const, choice })),
  fc.constantFrom(...EC2_TYPES).map((instanceType) => ({ kind: 'natInstance' as const, instanceType })),
  fc.constantFrom(2, 3).map((azCount) => ({ kind: 'azCount' as const, azCount })),
  fc.constantFrom(...REGIONS).map((region) => ({ kind: 'region' as const, region })),
  fc.nat({ max: FARGATE_SIZES.length - 1 }).map((size) => ({ kind: 'fargateSize' as const, size })),
  fc.constantFrom(...DB_CLASSES).map((instanceClass) => ({ kind: 'dbClass' as const, instanceClass })),
  fc.integer({ min: 0, max: 3 }).map((replicas) => ({ kind: 'readReplicas' as const, replicas })),
  fc.option(fc.constantFrom(...CACHE_NODES)).map((nodeType) => ({ kind: 'cache' as const, nodeType })),
  fc.record({ kind: fc.constant('ec2Type' as const), service: index, instanceType: fc.constantFrom(...EC2_TYPES) }),
  fc.record({ kind: fc.constant('addService' as const), from: index, name: userText }),
  fc.record({ kind: fc.constant('removeService' as const), service: index }),
  fc.record({
    kind: fc.constant('rename' as const),
    target: fc.constantFrom('config' as const, 'service' as const, 'securityGroup' as const, 'rule' as const, 'loadBalancer' as const, 'requirements' as const),
    index,
    text: userText,
  }),
)

const pick = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length])

/** Applies one edit the way the dashboard and `--set` do; an edit that does not apply is a no-op. */
export function applyEdit(scenario: Scenario, edit: ScenarioEdit): Scenario {
  const s = structuredClone(scenario)
  const c = s.config
  switch (edit.kind) {
    case 'tasksPerService':
      return { ...s, config: setTasksPerService(c, edit.tasks) }
    case 'serviceTasks':
      return { ...s, config: setServiceTaskCount(c, pick(c.services, edit.service)!.id, edit.tasks) }
    case 'multiAz':
      return { ...s, config: setDbMultiAz(c, edit.on) }
    case 'nat':
      return { ...s, config: setNatGateways(c, edit.choice) }
    case 'natInstance': {
      const withNat = setNatGateways(c, 1)
      return { ...s, config: { ...withNat, network: { ...withNat.network, nat: { mode: 'instance', instanceType: edit.instanceType } } } }
    }
    case 'azCount':
      return { ...s, config: setAzCount(c, edit.azCount) }
    case 'region':
      return { ...s, config: setRegion(c, edit.region) }
    case 'fargateSize': {
      const [vcpu, memoryGb] = FARGATE_SIZES[edit.size]!
      for (const service of c.services) if (service.compute.kind === 'fargate') service.compute = { ...service.compute, vcpu, memoryGb }
      return s
    }
    case 'dbClass':
      c.database.instanceClass = edit.instanceClass
      return s
    case 'readReplicas':
      c.database.readReplicas = edit.replicas
      if (edit.replicas > 0) c.database.backupRetentionDays = Math.max(1, c.database.backupRetentionDays)
      return s
    case 'cache':
      if (edit.nodeType === null) delete c.cache
      else c.cache = { engine: 'redis', nodeType: edit.nodeType, nodes: 1, purchase: 'on-demand', encrypted: true, securityGroups: c.database.securityGroups }
      return s
    case 'ec2Type': {
      const service = pick(c.services, edit.service)!
      if (service.compute.kind === 'ec2') service.compute.instanceType = edit.instanceType
      return s
    }
    case 'addService': {
      const template = pick(c.services, edit.from)!
      const taken = new Set(c.services.map((x) => x.id))
      let n = c.services.length + 1
      while (taken.has(`extra-${n}`)) n++
      c.services.push({ ...structuredClone(template), id: `extra-${n}`, name: edit.name, trafficShare: 0.1 })
      return s
    }
    case 'removeService':
      if (c.services.length > 1) c.services.splice(edit.service % c.services.length, 1)
      return s
    case 'rename':
      return rename(s, edit.target, edit.index, edit.text)
  }
}

function rename(s: Scenario, target: Extract<ScenarioEdit, { kind: 'rename' }>['target'], i: number, text: string): Scenario {
  const c = s.config
  if (target === 'config') c.name = text
  if (target === 'service') pick(c.services, i)!.name = text
  if (target === 'loadBalancer') {
    const lb = pick(c.loadBalancers, i)
    if (lb) lb.name = text
  }
  const sg = pick(c.securityGroups, i)
  if (target === 'securityGroup' && sg) sg.name = text
  if (target === 'rule' && sg) {
    const rule = pick(sg.ingress, i)
    if (rule) {
      rule.description = text
      if (rule.peer.kind === 'cidr') rule.peer.label = text
    }
  }
  if (target === 'requirements') {
    s.requirements.sla.endpoint = text
    s.requirements.traffic.peak.name = text
    s.requirements.traffic.bands[0]!.name = text
  }
  return s
}

/** A preset changed by a few edits, kept only if the schema accepts it (as the store would). */
export const validScenario: fc.Arbitrary<Scenario> = fc
  .tuple(fc.nat({ max: PRESETS.length - 1 }), fc.array(scenarioEdit, { maxLength: 6 }))
  .map(([i, edits]) => ({ parsed: parseScenario(edits.reduce(applyEdit, PRESETS[i]!.scenario)), label: () => `preset ${PRESETS[i]!.id} after ${fc.stringify(edits)}` }))
  .filter((x) => x.parsed.ok)
  .map(({ parsed, label }) => labelled((parsed as { ok: true; value: Scenario }).value, label))

const RENAME_TARGETS = ['config', 'service', 'securityGroup', 'rule', 'loadBalancer', 'requirements'] as const

/** A valid scenario whose every kind of user text (names, descriptions, labels) is hostile text. */
export const scenarioWithUserText: fc.Arbitrary<Scenario> = fc
  .tuple(validScenario, fc.array(fc.tuple(fc.nat({ max: 20 }), userText), { minLength: RENAME_TARGETS.length, maxLength: RENAME_TARGETS.length }))
  .map(([scenario, texts]) => {
    const renamed = RENAME_TARGETS.reduce((s, target, i) => rename(s, target, texts[i]![0], texts[i]![1]), structuredClone(scenario))
    const parsed = parseScenario(renamed)
    return parsed.ok ? labelled(parsed.value, () => `${fc.stringify(scenario)} renamed ${fc.stringify(texts)}`) : undefined
  })
  .filter((s): s is Scenario => s !== undefined)

/** Every path to a number in a scenario, e.g. ['config', 'services', 0, 'count', 'max']. */
function numberPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number') return [prefix]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => numberPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]))
}

const EXTREMES = [0, 5e-324, 1e-9, 0.001, 1, 500, 1e6, 1e12, 1e308]
const PRESET_NUMBER_PATHS = PRESETS.map((p) => numberPaths(p.scenario))

/** A preset with one or two of its numbers set to an extreme value the schema still accepts. */
export const scenarioAtExtremes: fc.Arbitrary<Scenario> = fc
  .tuple(fc.nat({ max: PRESETS.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EXTREMES)), { minLength: 1, maxLength: 2 }))
  .map(([i, changes]) => {
    const scenario = structuredClone(PRESETS[i]!.scenario)
    const paths = PRESET_NUMBER_PATHS[i]!
    const set = changes.map(([at, value]) => {
      const path = paths[at % paths.length]!
      const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, scenario)
      parent[path.at(-1)!] = value
      return `${path.join('.')}=${value}`
    })
    const parsed = parseScenario(scenario)
    return parsed.ok ? labelled(parsed.value, `preset ${PRESETS[i]!.id} with ${set.join(', ')}`) : undefined
  })
  .filter((s): s is Scenario => s !== undefined)
