import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario, type Scenario } from '../model'
import { labelled, scenarioWithUserText, userText } from '../../data/presets/testing/arbitrary-scenario'
import { exportTerraform } from './export-terraform'
import { HAS_TFCHECK, runTfcheckOnMany } from './tfcheck.test-helper'

/** Every string value of a parsed JSON document. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value).flatMap(stringsIn)
}

/**
 * The `${…}` and `%{…}` Terraform would evaluate in a string. A run of two or more `$` before `{`
 * is the escape `$${` (a literal `${`), so only a lone `$` (or `%`) opens a template:
 * liveTemplates('a $${x} $$${y} ${var.z} %{ if }') → ['${var.z}', '%{ if }'].
 */
function liveTemplates(text: string): string[] {
  return [...text.matchAll(/((?<!\$)\$|(?<!%)%)\{([^}]*)\}?/g)].map((m) => `${m[1]}{${m[2]}}`)
}

/** References the exporter writes itself: variables, resources, data sources, for_each keys. */
const EXPORTER_TEMPLATE = /^\$\{(var\.[a-z_0-9]+|aws_[a-z0-9_]+\.[a-z0-9_]+(\[[^\]]*\])?\.[a-z_.*0-9[\]]+|data\.aws_[a-z0-9_]+\.[a-z0-9_]+\.[a-z_0-9.[\]]+|each\.[a-z]+|local\.archdeck_model_facts|(toset|length)\([^)]*\))\}$/

function exportedStrings(scenario: Scenario): string[] {
  return exportTerraform(scenario.config).files.flatMap((file) => stringsIn(JSON.parse(file.content)))
}

/** Terraform's reading of a template string without live parts: `$${` → `${`, `%%{` → `%{`. */
const unescape = (text: string) => text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')

/** Every text a user types, set to hostile text; the NAT instance type too, which the model takes as free text. */
const hostileScenario: fc.Arbitrary<Scenario> = fc
  .tuple(scenarioWithUserText, fc.option(userText, { freq: 3 }))
  .map(([scenario, natType]) => {
    if (natType === null) return scenario
    const network = { ...scenario.config.network, internetGateway: true, nat: { mode: 'instance' as const, instanceType: natType } }
    const parsed = parseScenario({ ...scenario, config: { ...scenario.config, network } })
    return parsed.ok ? labelled(parsed.value, () => `${fc.stringify(scenario)} with NAT instance type ${JSON.stringify(natType)}`) : scenario
  })

describe('exportTerraform: user text comes out inert', () => {
  it('opens no template in any string but the references the exporter writes', () => {
    fc.assert(
      fc.property(hostileScenario, (scenario) => {
        for (const text of exportedStrings(scenario)) for (const template of liveTemplates(text)) expect(template).toMatch(EXPORTER_TEMPLATE)
      }),
      { numRuns: 80 },
    )
  })

  it('keeps the configuration name as typed once Terraform reads the escapes', () => {
    fc.assert(
      fc.property(scenarioWithUserText, (scenario) => {
        const descriptions = exportedStrings(scenario).filter((t) => t.startsWith('Private DB subnets of '))
        expect(descriptions.map(unescape)).toContain(`Private DB subnets of ${scenario.config.name}`)
      }),
      { numRuns: 40 },
    )
  })

  it.skipIf(!HAS_TFCHECK)('still passes tfcheck with zero errors', () => {
    const seed = Date.now() ^ (Math.random() * 0x7fffffff)
    const scenarios = fc.sample(hostileScenario, { numRuns: 25, seed })
    const reports = runTfcheckOnMany(scenarios.map((s) => exportTerraform(s.config).files))
    const failures = reports.flatMap((report, i) =>
      report.errors === 0 ? [] : [{ scenario: fc.stringify(scenarios[i]), errors: report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path}: ${d.message}`) }],
    )
    expect(failures, `seed ${seed}`).toEqual([])
  })
})
