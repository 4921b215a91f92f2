import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA_VERSION, setDbMultiAz } from '../lib/model'
import { EDITED_SWIFTLOGIX, readFrozenText, rebuild } from '../data/presets/testing/frozen-v1-files'
import type { CliArgs } from './args'
import { loadScenario } from './load-scenario'
import { runCli } from './testing/run-cli'

const frozen = (name: string) => fileURLToPath(new URL(`../lib/model/migrations/fixtures/v1/${name}`, import.meta.url))
const args = (configFile: string, sets: string[] = []): CliArgs => ({ command: 'report', configFile, sets, format: 'json', lang: 'en' })

describe('--config with a file exported by model version 1', () => {
  it('loads it as the design it was made from', () => {
    expect(loadScenario(args(frozen('edited-swiftlogix.archdeck.json')))).toMatchObject({ ok: true, scenario: rebuild(EDITED_SWIFTLOGIX) })
  })

  it('applies --set shortcuts and dotted paths to it as to a current file', () => {
    const loaded = loadScenario(args(frozen('petclinic-3tier.archdeck.json'), ['dbMultiAz=true', 'requirements.budget.monthly=300000']))
    // The preset as the file was made from it: without the fields presets gained after version 1.
    const preset = rebuild({ preset: 'petclinic-3tier', edits: [] })
    const expected = { config: setDbMultiAz(preset.config, true), requirements: { ...preset.requirements, budget: { ...preset.requirements.budget, monthly: 300000 } } }
    expect(loaded).toMatchObject({ ok: true, scenario: expected })
  })

  it('reports the same JSON as the design it was exported from', () => {
    // The preset as the file was made from it (its ALBs then named no routing: round robin, AWS's default).
    const madeFrom = join(mkdtempSync(join(tmpdir(), 'archdeck-cli-')), 'made-from.json')
    writeFileSync(madeFrom, JSON.stringify(rebuild({ preset: 'petclinic-3tier', edits: [] })))
    const fromFile = runCli('report', '--config', frozen('petclinic-3tier.archdeck.json'), '--json')
    const fromDesign = runCli('report', '--config', madeFrom, '--json')
    expect(fromFile.code).toBe(fromDesign.code)
    // Only `source` says where the scenario came from.
    expect({ ...JSON.parse(fromFile.stdout), source: 'petclinic-3tier' }).toEqual({ ...JSON.parse(fromDesign.stdout), source: 'petclinic-3tier' })
  })

  it('refuses a file from a newer ArchDeck in one line that names both versions', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'archdeck-cli-')), 'newer.json')
    writeFileSync(file, readFrozenText('petclinic-3tier.archdeck.json').replace('"schemaVersion": 1,', `"schemaVersion": ${CONFIG_SCHEMA_VERSION + 1},`))
    const result = runCli('report', '--config', file)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`is not a valid ArchDeck config: config.schemaVersion: was saved by a newer ArchDeck (model version ${CONFIG_SCHEMA_VERSION + 1}; this one reads up to ${CONFIG_SCHEMA_VERSION})`)
    expect(result.stderr.split('\n')).toHaveLength(1)
  })
})
