import { readFileSync } from 'node:fs'
import { findPreset, PRESETS } from '../data/presets'
import { applyOverrides, parseScenarioJson, summariseIssues, type Scenario } from '../lib/model'
import type { CliArgs } from './args'
import { describeFsError } from './fs-error'

export type Loaded = { ok: true; scenario: Scenario; label: string } | { ok: false; message: string }

/** Reads the scenario named by --preset or --config and applies every --set, never throwing. */
export function loadScenario(args: Pick<CliArgs, 'preset' | 'configFile' | 'sets'>): Loaded {
  let scenario: Scenario
  let label: string
  if (args.preset) {
    const preset = findPreset(args.preset)
    if (!preset) return { ok: false, message: `unknown preset "${args.preset}" (known: ${PRESETS.map((p) => p.id).join(', ')})` }
    scenario = preset.scenario
    label = preset.id
  } else {
    let text: string
    try {
      text = readFileSync(args.configFile!, 'utf8')
    } catch (error) {
      return { ok: false, message: `cannot read ${args.configFile}: ${describeFsError(error)}` }
    }
    const parsed = parseScenarioJson(text)
    if (!parsed.ok) return { ok: false, message: `${args.configFile} is not a valid ArchDeck config: ${summariseIssues(parsed.errors)}` }
    scenario = parsed.value
    label = args.configFile!
  }
  const overridden = applyOverrides(scenario, args.sets)
  if (!overridden.ok) return { ok: false, message: 'message' in overridden ? overridden.message : summariseIssues(overridden.errors) }
  return { ok: true, scenario: overridden.value, label }
}
