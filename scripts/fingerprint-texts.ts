/**
 * Fingerprints every text ArchDeck writes and every figure the engines return, so the restructuring
 * of issue 11 (engines return codes, one message catalog) can prove it changed no word by accident.
 *
 *   npx tsx scripts/fingerprint-texts.ts            # rewrites test-fixtures/restructure-baseline/
 *   npx tsx scripts/fingerprint-texts.ts --check    # exit 1 and name the files that differ
 *
 * One file per preset × language: the preset and its one-knob variants (NAT 0/1/2, Multi-AZ on/off,
 * 1 and 6 tasks per service), each with the Markdown report, the narrative, formulas and bill
 * labels, recovery, security and capacity texts, compare diffs and winners, and (English only) the
 * CLI's JSON and the evaluation's numbers, modes and ids. Keys are sorted, so a diff shows the
 * field that moved. See test-fixtures/restructure-baseline/CHANGES.md for every deliberate change.
 */
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PRESETS, type Preset } from '../data/presets'
import { toReportJson } from '../cli/report-json'
import { compareScenarios, diffConfigs, pickWinners } from '../lib/compare'
import { changeWords, sayCompare } from '../lib/i18n/catalog/say-compare'
import { evaluateScenario, priceOptions, type Evaluation } from '../lib/evaluate'
import { installAllRegionBooks } from '../lib/pricing/install-region-books'
import { costLineWords, LOCALES, say, sayCost, type Locale } from '../lib/i18n'
import { applyOverrides, type Scenario } from '../lib/model'
import { narrate } from '../lib/narrative'
import { renderStakeholderReport } from '../lib/report'
import { capacityTexts } from './fingerprint-capacity'

export const BASELINE_DIR = fileURLToPath(new URL('../test-fixtures/restructure-baseline/', import.meta.url))

/** The day the CLI's JSON is dated (a price is `old` more than 12 months before it), fixed so the baseline does not age. */
const BASELINE_TODAY = new Date('2026-12-06T00:00:00Z')

/** The one-knob changes whose texts differ most from a preset's (recovery modes, findings, advice). */
const VARIANTS: readonly string[] = [
  'natGateways=0',
  'natGateways=1',
  'natGateways=2',
  'dbMultiAz=true',
  'dbMultiAz=false',
  'tasksPerService=1',
  'tasksPerService=6',
]

/**
 * Reason codes and their parameters are facts the restructuring adds beside the words it keeps;
 * the words rendered from them are what the baseline holds, so additions of these keys are no change.
 */
const ADDED_FACT_KEYS = /^(code|params|reasonCode|[a-z]+Code|[a-z]+Params)$/

/** Ids, modes and codes, as opposed to sentences: what an evaluation's strings may be to be kept. */
const ID_LIKE = /^[A-Za-z0-9][A-Za-z0-9._:/\-]*$/

/** Recursively sorted keys; Infinity and NaN kept visible (JSON would write null). */
export function stable(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (Array.isArray(value)) return value.map(stable)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      if (ADDED_FACT_KEYS.test(key)) continue
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = stable(v)
    }
    return out
  }
  return value
}

/** The evaluation without its prose: every number, boolean, null, id, mode and code. */
function figuresOf(value: unknown): unknown {
  if (typeof value === 'string') return ID_LIKE.test(value) ? value : undefined
  if (Array.isArray(value)) return value.map(figuresOf)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) {
      if (key === 'ko') continue
      const kept = figuresOf(v)
      if (kept !== undefined) out[key] = kept
    }
    return out
  }
  return value
}

function textsOf(scenario: Scenario, e: Evaluation, locale: Locale) {
  const n = narrate(scenario, e, locale)
  return {
    report: renderStakeholderReport(scenario, e, locale).split('\n'),
    narrative: {
      context: n.context,
      exchangeRate: n.exchangeRate,
      decision: n.decision,
      sections: Object.fromEntries(n.sections.map((s) => [s.id, s])),
    },
    cost: {
      lines: e.cost.lines.map((line) => ({ id: line.id, ...costLineWords(line, locale) })),
      formula: sayCost(locale, e.cost.formula),
      band: sayCost(locale, e.cost.band.formula),
      budget: sayCost(locale, e.cost.budget.formula),
      options: priceOptions(scenario, e).map((o) => ({ id: o.id, label: sayCost(locale, o.label) })),
    },
    recovery: {
      coverage: say(locale, e.recovery.coverage.formula),
      scenarios: e.recovery.scenarios.map((s) => ({
        id: s.id,
        title: say(locale, s.title),
        reason: say(locale, s.reason),
        steps: s.steps.map((step) => say(locale, step)),
        improvement: s.improvement && say(locale, s.improvement),
      })),
    },
    security: {
      findings: e.security.findings.map((f) => ({ id: f.id, message: say(locale, f.message), fix: say(locale, f.fix) })),
      layers: e.security.layers.map((l) => ({ id: l.id, name: say(locale, l.name), evidence: say(locale, l.evidence) })),
      dbQuestion: say(locale, e.security.dbQuestion.explanation),
    },
    capacity: capacityTexts(e, locale),
  }
}

type Design = { name: string; scenario: Scenario } | { name: string; error: string }

function designsOf(preset: Preset): Design[] {
  const designs: Design[] = [{ name: preset.id, scenario: preset.scenario }]
  for (const override of VARIANTS) {
    const result = applyOverrides(preset.scenario, [override])
    designs.push(result.ok ? { name: override, scenario: result.value } : { name: override, error: 'message' in result ? result.message : JSON.stringify(result.errors) })
  }
  return designs
}

/** Compare: this preset against the next one (as the compare page lists them) and against each variant. */
function compareTexts(preset: Preset, next: Preset, designs: Design[], locale: Locale) {
  const winners = pickWinners(
    compareScenarios([
      { id: preset.id, name: preset.title, scenario: preset.scenario },
      { id: next.id, name: next.title, scenario: next.scenario },
    ]),
  ).map((w) => ({ ...w, reason: sayCompare(locale, w.reason) }))
  const worded = (a: Scenario, b: Scenario) => diffConfigs(a, b).map((change) => ({ ...change, ...changeWords(locale, change) }))
  const diffs: Record<string, unknown> = { [next.id]: worded(preset.scenario, next.scenario) }
  for (const d of designs.slice(1)) if ('scenario' in d) diffs[d.name] = worded(preset.scenario, d.scenario)
  return { winners, diffs }
}

/** The fingerprint of one preset in one language, as the JSON text written to disk. */
export function fingerprintPreset(index: number, locale: Locale): string {
  const preset = PRESETS[index]!
  const next = PRESETS[(index + 1) % PRESETS.length]!
  const designs = designsOf(preset)
  const perDesign: Record<string, unknown> = {}
  for (const design of designs) {
    if ('error' in design) {
      perDesign[design.name] = { error: design.error }
      continue
    }
    const e = evaluateScenario(design.scenario)
    perDesign[design.name] = {
      texts: textsOf(design.scenario, e, locale),
      ...(locale === 'en' ? { cliJson: toReportJson(`preset:${preset.id}`, design.scenario.config.name, e, BASELINE_TODAY), evaluation: figuresOf(e) } : {}),
    }
  }
  const doc = { preset: preset.id, locale, designs: perDesign, compare: compareTexts(preset, next, designs, locale) }
  return `${layOut(stable(doc), '')}\n`
}

/** Pretty to the depth where a diff still names the field; below it, one compact line per value. */
function layOut(value: unknown, indent: string): string {
  const depth = indent.length
  if (value === null || typeof value !== 'object' || depth >= 6) return JSON.stringify(value)
  const inner = `${indent} `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => inner + layOut(v, inner)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layOut(v, inner)}`).join(',\n')}\n${indent}}`
}

export function baselineFiles(): { file: string; build: () => string }[] {
  return PRESETS.flatMap((preset, i) =>
    LOCALES.map((locale) => ({ file: `${preset.id}.${locale}.json`, build: () => fingerprintPreset(i, locale) })),
  )
}

function main(): void {
  installAllRegionBooks()
  const check = process.argv.includes('--check')
  mkdirSync(BASELINE_DIR, { recursive: true })
  const differing: string[] = []
  const expected = new Set<string>()
  for (const { file, build } of baselineFiles()) {
    expected.add(file)
    const text = build()
    const path = join(BASELINE_DIR, file)
    if (check) {
      let stored = ''
      try {
        stored = readFileSync(path, 'utf8')
      } catch {
        stored = ''
      }
      if (stored !== text) differing.push(file)
    } else writeFileSync(path, text)
  }
  const stray = readdirSync(BASELINE_DIR).filter((f) => f.endsWith('.json') && !expected.has(f))
  if (check) {
    if (differing.length + stray.length > 0) {
      console.error(`differs from the baseline: ${[...differing, ...stray].join(', ')} (npx vitest run scripts/fingerprint-texts.test.ts shows where)`)
      process.exit(1)
    }
    console.log(`${expected.size} fingerprints match the baseline`)
  } else console.log(`wrote ${expected.size} fingerprints to ${BASELINE_DIR}${stray.length ? `; stray: ${stray.join(', ')}` : ''}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
