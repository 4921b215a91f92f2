import { evaluateScenario, type Evaluation } from '../evaluate'
import { estimateEvaluationWork, parseScenario, type Scenario, type Service } from '../model'
import { describeEffects } from './change-effects'
import { SCENARIO_FIELDS, SERVICE_FIELDS } from './config-fields'
import { listSecurityGroupChanges } from './security-group-changes'
import { diffLeaves, formatPath, getAt, setAt, type Path } from './config-paths'
import { SECTION_PATHS, compareReason, type ChangeLabel, type ChangeValue, type SectionPath } from './compare-reasons'
import type { ConfigChange } from './types'

/** A change before its effects are known: how to show it and how to apply it alone. */
type Candidate = Omit<ConfigChange, 'effects' | 'effectTones' | 'impact'> & { apply: (target: Scenario, source: Scenario) => void }

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Names are labels, not design: two plans that differ only in name are the same design. */
const IGNORED = new Set(['config.name', 'config.schemaVersion', 'requirements.schemaVersion'])

/** Changes evaluated one by one in a diff: more than any two presets differ by (34). */
export const MAX_CHANGES_EVALUATED = 40

/**
 * Each change is priced by a whole evaluation, so a diff of two large designs (hundreds of
 * services, each field a change) would run the engines thousands of times. The number priced
 * alone shrinks with the size of the design: work units are reachability checks plus a thousand
 * per service (the queueing maths), and a diff spends at most this many.
 */
const DIFF_WORK_UNITS = 1_500_000

/** How many changes from `a` are priced alone: 40 for the presets, 3 for a 200-service design. */
export function changesEvaluatedAlone(a: Scenario): number {
  const units = estimateEvaluationWork(a.config).reachChecks + 1000 * a.config.services.length
  return Math.max(1, Math.min(MAX_CHANGES_EVALUATED, Math.floor(DIFF_WORK_UNITS / units)))
}

/** How a diff validates and evaluates: the advisor, pricing many diffs from one design, passes engines that reuse answers. */
export type DiffEngines = { parse?: typeof parseScenario; evaluate?: (scenario: Scenario) => Evaluation }

/**
 * The meaningful differences from plan `a` to plan `b`, as codes the catalog words, each with what
 * it does on its own: `a` with just that change applied is evaluated and diffed against `a` (cost, budget,
 * recovery modes, worst peak p95, SLA, findings). Identical changes to every service are one entry
 * ("Tasks per service: 1 → 2"); settings without a named entry fall back to "X changed".
 * Example (seed 000, Multi-AZ on): { path: 'config.database.multiAz', label: compare.field dbMultiAz,
 * from: compare.value.on-off false, to: … true, effects: [compare.effect.cost +15.44, compare.effect.recovery …] }
 * ("Database Multi-AZ: off → on: +$15.44/month, db-unresponsive: manual → auto").
 */
export function diffConfigs(a: Scenario, b: Scenario, engines: DiffEngines = {}): ConfigChange[] {
  const candidates = [...listScenarioFields(a, b), ...listServiceChanges(a, b)]
  candidates.push(...listSecurityGroupChanges(applyAll(a, b, candidates), b))
  candidates.push(...listGenericChanges(a, b, candidates))
  const base = (engines.evaluate ?? evaluateScenario)(a)
  const limit = changesEvaluatedAlone(a)
  return candidates.map(({ apply, ...change }, i) => ({
    ...change,
    ...(i < limit ? effectsAlone(a, b, base, apply, engines) : { effects: [compareReason('effect.not-priced', { limit })], effectTones: ['unknown' as const], impact: null }),
  }))
}

function listScenarioFields(a: Scenario, b: Scenario): Candidate[] {
  return SCENARIO_FIELDS.filter((spec) => (spec.applies?.(a, b) ?? true) && !same(spec.read(a), spec.read(b))).map((spec) => ({
    path: spec.path,
    label: compareReason('field', { field: spec.field }),
    from: spec.show(a),
    to: spec.show(b),
    specific: true,
    apply: spec.apply,
  }))
}

function listServiceChanges(a: Scenario, b: Scenario): Candidate[] {
  const inB = new Map(b.config.services.map((s) => [s.id, s]))
  const inA = new Set(a.config.services.map((s) => s.id))
  const pairs = a.config.services.flatMap((s): [Service, Service][] => (inB.has(s.id) ? [[s, inB.get(s.id)!]] : []))
  const changes: Candidate[] = []
  for (const field of SERVICE_FIELDS) {
    const moved = pairs.filter(([x, y]) => field.applies(x, y) && !same(field.read(x), field.read(y)))
    const shown = moved.map(([x, y]) => ({ id: x.id, name: x.name, from: field.show(x, y), to: field.show(y, x) }))
    const applyTo = (ids: Set<string>) => (target: Scenario, source: Scenario) => {
      for (const service of target.config.services) {
        const twin = source.config.services.find((s) => s.id === service.id)
        if (twin && ids.has(service.id)) field.apply(service, twin)
      }
    }
    const uniform = shown.length >= 2 && shown.length === pairs.length && shown.every((s) => same(s.from, shown[0]!.from) && same(s.to, shown[0]!.to))
    if (uniform)
      changes.push({
        path: `config.services[*].${field.key}`,
        label: compareReason('services-field', { field: field.field }),
        from: shown[0]!.from,
        to: shown[0]!.to,
        specific: true,
        apply: applyTo(new Set(shown.map((s) => s.id))),
      })
    else
      for (const s of shown)
        changes.push({ path: `config.services[${s.id}].${field.key}`, label: compareReason('service-field', { field: field.field, service: s.name }), from: s.from, to: s.to, specific: true, apply: applyTo(new Set([s.id])) })
  }
  for (const removed of a.config.services.filter((s) => !inB.has(s.id)))
    changes.push({
      path: `config.services[${removed.id}]`,
      label: compareReason('service', { service: removed.name }),
      from: compareReason('value.present'),
      to: compareReason('value.removed'),
      specific: true,
      apply: (target) => {
        target.config.services = target.config.services.filter((s) => s.id !== removed.id)
      },
    })
  for (const added of b.config.services.filter((s) => !inA.has(s.id)))
    changes.push({
      path: `config.services[${added.id}]`,
      label: compareReason('service', { service: added.name }),
      from: compareReason('value.none'),
      to: compareReason('value.added'),
      specific: true,
      apply: (target) => {
        target.config.services = [...target.config.services, structuredClone(added)]
      },
    })
  return changes
}

/** `config.services[gateway]` for a service's settings, else the first two keys: `config.securityGroups`. */
function sectionOf(path: Path): Path {
  return path[0] === 'config' && path[1] === 'services' && typeof path[2] === 'object' ? path.slice(0, 3) : path.slice(0, 2)
}

function describeValue(value: unknown): ChangeValue {
  if (typeof value === 'boolean') return compareReason('value.on-off', { on: value })
  const text = value === undefined || value === null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return compareReason('value.text', { text })
}

/** The sections a generic entry names; any other key is named by its path. */
const SECTIONS: ReadonlySet<string> = new Set(SECTION_PATHS)

const isSection = (key: string): key is SectionPath => SECTIONS.has(key)

/** Whatever still differs once every named change is applied: one "X changed" entry per section. */
/** `a` with every named change applied. */
function applyAll(a: Scenario, b: Scenario, named: readonly Candidate[]): Scenario {
  const applied = structuredClone(a)
  for (const candidate of named) {
    try {
      candidate.apply(applied, b)
    } catch {
      // A named change that cannot be applied here leaves its difference to the generic entries.
    }
  }
  return applied
}

function listGenericChanges(a: Scenario, b: Scenario, named: readonly Candidate[]): Candidate[] {
  const applied = applyAll(a, b, named)
  const leaves = diffLeaves(applied, b).filter((leaf) => !IGNORED.has(formatPath(leaf)))
  const sections = new Map<string, Path[]>()
  for (const leaf of leaves) {
    const key = formatPath(sectionOf(leaf))
    sections.set(key, [...(sections.get(key) ?? []), leaf])
  }
  return [...sections.entries()].map(([key, paths]) => {
    const section = sectionOf(paths[0]!)
    const serviceId = typeof section[2] === 'object' ? section[2].id : null
    const label: ChangeLabel = serviceId
      ? compareReason('service-changed', { service: b.config.services.find((s) => s.id === serviceId)?.name ?? serviceId })
      : isSection(key)
        ? compareReason('changed', { section: key })
        : compareReason('path-changed', { path: key })
    const single = paths.length === 1 ? paths[0]! : null
    const scalar = single && [getAt(a, single), getAt(b, single)].every((v) => v === undefined || typeof v !== 'object')
    return {
      path: key,
      label,
      from: scalar ? describeValue(getAt(a, single)) : null,
      to: scalar ? describeValue(getAt(b, single)) : null,
      specific: false,
      fields: paths.map((p) => formatPath(p.slice(section.length)).replace(/^\./, '')),
      apply: (target, source) => {
        for (const path of paths) setAt(target, path, structuredClone(getAt(source, path)))
      },
    }
  })
}

/** Applies one change to a copy of `a`, validates it like any input, and describes what moved. */
function effectsAlone(a: Scenario, b: Scenario, base: Evaluation, apply: Candidate['apply'], engines: DiffEngines): Pick<ConfigChange, 'effects' | 'effectTones' | 'impact'> {
  const next = structuredClone(a)
  try {
    apply(next, b)
  } catch (error) {
    return { effects: [compareReason('effect.not-alone', { reason: (error as Error).message })], effectTones: ['unknown'], impact: null }
  }
  const parsed = (engines.parse ?? parseScenario)(next)
  if (!parsed.ok) {
    const first = parsed.errors[0]!
    return { effects: [compareReason('effect.not-alone', { reason: `${first.path}: ${first.message}` })], effectTones: ['unknown'], impact: null }
  }
  return describeEffects(base, (engines.evaluate ?? evaluateScenario)(parsed.value))
}
