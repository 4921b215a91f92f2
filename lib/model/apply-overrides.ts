import type { Scenario } from './scenario'
import { LIMITS, PRICED_REGIONS, RegionSchema } from './primitives'
import { setDbMultiAz, setNatGateways, setRegion, setTasksPerService, type NatGatewayChoice } from './edit-config'
import { parseScenario, type ParseResult } from './parse-scenario'
import { describeModelIssue } from './model-issue-english'
import type { OverrideIssue } from './model-issues'
import { listProblems } from './parse-errors'

/** A refused override: its reason, and `message`, the reason's English (what the CLI prints). */
export type OverrideError = { ok: false; reason: OverrideIssue; message: string }

function refuse(reason: OverrideIssue): OverrideError {
  return { ok: false, reason, message: describeModelIssue(reason) }
}

/** Shortcuts for the common trade-off knobs; anything else is a dotted path into the scenario. */
const SHORTCUTS: Record<string, (scenario: Scenario, raw: string) => Scenario | OverrideIssue> = {
  tasksPerService: (s, raw) => {
    // Digits only: Number('') is 0 and Number('0x10') is 16, neither of which the user meant.
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN
    if (!Number.isInteger(n) || n > LIMITS.tasksPerService) return { code: 'model.set.tasks-per-service', params: { raw, maximum: LIMITS.tasksPerService } }
    return { ...s, config: setTasksPerService(s.config, n) }
  },
  dbMultiAz: (s, raw) => {
    if (raw !== 'true' && raw !== 'false') return { code: 'model.set.db-multi-az', params: { raw } }
    return { ...s, config: setDbMultiAz(s.config, raw === 'true') }
  },
  natGateways: (s, raw) => {
    if (raw !== '0' && raw !== '1' && raw !== '2') return { code: 'model.set.nat-gateways', params: { raw } }
    return { ...s, config: setNatGateways(s.config, Number(raw) as NatGatewayChoice) }
  },
  region: (s, raw) => {
    const region = RegionSchema.safeParse(raw)
    if (!region.success) return { code: 'model.set.region', params: { raw, options: PRICED_REGIONS } }
    return { ...s, config: setRegion(s.config, region.data) }
  },
}

/** "3" → 3, "true" → true, "[1,2]" → [1,2]; anything that is not JSON stays a string. */
function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor'])

/** Sets `config.database.instanceClass`-style paths; paths start at the scenario (config. / requirements.) or at the config. */
function setPath(scenario: Scenario, path: string, raw: string): Scenario | OverrideIssue {
  const segments = path.split('.')
  if (segments.some((s) => s === '' || FORBIDDEN_SEGMENTS.has(s))) return { code: 'model.set.bad-key-path', params: { path } }
  const rooted = segments[0] === 'config' || segments[0] === 'requirements' ? segments : ['config', ...segments]
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>
  let node: unknown = copy
  for (const [i, segment] of rooted.slice(0, -1).entries()) {
    const next = (node as Record<string, unknown>)[segment]
    if (next === null || typeof next !== 'object') return { code: 'model.set.unknown-key', params: { key: rooted.slice(0, i + 1).join('.') } }
    node = next
  }
  const last = rooted[rooted.length - 1]!
  const parent = node as Record<string, unknown>
  // A list takes an index written as plain digits, up to one past its end: '1e0' or '0x1' would
  // otherwise land as a stray property the schema drops without a word.
  if (Array.isArray(parent) && !(/^(0|[1-9]\d*)$/.test(last) && Number(last) <= parent.length))
    return { code: 'model.set.index-out-of-range', params: { path, index: last, length: parent.length } }
  parent[last] = parseValue(raw)
  return copy as unknown as Scenario
}

/**
 * Applies `KEY=VALUE` overrides in order and validates the result.
 * applyOverrides(s, ['tasksPerService=3', 'database.instanceClass=db.t3.small'])
 */
export function applyOverrides(scenario: Scenario, overrides: string[]): ParseResult<Scenario> | OverrideError {
  let current = scenario
  for (const override of overrides) {
    const eq = override.indexOf('=')
    if (eq <= 0) return refuse({ code: 'model.set.needs-key-value', params: { override } })
    const key = override.slice(0, eq).trim()
    const raw = override.slice(eq + 1).trim()
    const shortcut = Object.hasOwn(SHORTCUTS, key) ? SHORTCUTS[key] : undefined
    const next = shortcut ? shortcut(current, raw) : setPath(current, key, raw)
    if (isOverrideIssue(next)) return refuse(next)
    current = next
  }
  const parsed = parseScenario(current)
  if (!parsed.ok) return refuse({ code: 'model.set.invalid', params: listProblems(parsed.errors) })
  return parsed
}

function isOverrideIssue(value: Scenario | OverrideIssue): value is OverrideIssue {
  return 'code' in value
}
