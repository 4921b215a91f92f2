import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PRESETS } from '../data/presets'
import { evaluateScenario, listBreaches } from '../lib/evaluate'
import { say, sayCost } from '../lib/i18n'
import { exportTerraform } from '../lib/terraform'
import { installAllRegionBooks } from '../lib/pricing/install-region-books'
import { parseArgs, USAGE, type CliArgs } from './args'
import type { DbArgs } from './db-args'
import type { PricesArgs } from './prices/args'
import type { ImportArgs } from './import/args'
import type { AdviseArgs } from './advise/args'
import type { Io } from './io'
import { loadScenario } from './load-scenario'
import { renderStakeholderReport } from '../lib/report'
import { toReportJson } from './report-json'
import { toReportText } from './report-text'
import { toCheckJson } from './check-json'
import { sayBreach } from './say-breach'
import { describeFsError } from './fs-error'

/**
 * Exit codes: 0 fine, 1 `check` found a breach or `advise` no design meeting every goal, 2 bad
 * input or refused. Never throws. The `db` commands wait for storage, `import` for its parser and
 * `advise` loads its search on demand, so they answer with a Promise; every other command answers
 * at once (callers `await` the result either way: bin/archdeck.js).
 */
export function main(argv: string[], io: Io): number | Promise<number> {
  try {
    installAllRegionBooks()
    const args = parseArgs(argv)
    if ('error' in args) {
      io.err(`archdeck: ${args.error} (run "archdeck --help")`)
      return 2
    }
    if (args.command === 'db') return runDb(args, io)
    if (args.command === 'prices') return runPrices(args, io)
    if (args.command === 'import') return runImportCommand(args, io)
    if (args.command === 'advise') return runAdviseCommand(args, io)
    return run(args, io)
  } catch (error) {
    io.err(`archdeck: unexpected error: ${(error as Error).message}`)
    return 2
  }
}

async function runDb(args: DbArgs, io: Io): Promise<number> {
  try {
    const { runDbCommand } = await import('./db-command')
    return await runDbCommand(args, io)
  } catch (error) {
    io.err(`archdeck: unexpected error: ${(error as Error).message}`)
    return 2
  }
}

/** Loaded only for `prices`, like the storage code for `db`. */
async function runPrices(args: PricesArgs, io: Io): Promise<number> {
  try {
    const { runPricesUpdate } = await import('./prices/command')
    return await runPricesUpdate(args, io)
  } catch (error) {
    io.err(`archdeck: unexpected error: ${(error as Error).message}`)
    return 2
  }
}

/** Loaded only for `import`: the importer and its HCL parser. */
async function runImportCommand(args: ImportArgs, io: Io): Promise<number> {
  try {
    const { runImport } = await import('./import/command')
    return await runImport(args, io)
  } catch (error) {
    io.err(`archdeck: unexpected error: ${(error as Error).message}`)
    return 2
  }
}

/** Loaded only for `advise`: the advisor's search and the compare engine it prices changes with. */
async function runAdviseCommand(args: AdviseArgs, io: Io): Promise<number> {
  try {
    const { runAdvise } = await import('./advise/command')
    return runAdvise(args, io)
  } catch (error) {
    io.err(`archdeck: unexpected error: ${(error as Error).message}`)
    return 2
  }
}

function run(args: CliArgs, io: Io): number {
  if (args.command === 'help') {
    io.out(USAGE)
    return 0
  }
  if (args.command === 'presets') {
    const width = Math.max(...PRESETS.map((p) => p.id.length))
    for (const preset of PRESETS) io.out(`${preset.id.padEnd(width)}  ${preset.description}`)
    return 0
  }
  const loaded = loadScenario(args)
  if (!loaded.ok) {
    io.err(`archdeck: ${loaded.message}`)
    return 2
  }
  const { scenario, label } = loaded
  if (args.command === 'export') {
    const { files } = exportTerraform(scenario.config, { requirements: scenario.requirements })
    try {
      mkdirSync(args.outDir!, { recursive: true })
      for (const file of files) writeFileSync(join(args.outDir!, file.name), file.content)
    } catch (error) {
      io.err(`archdeck: cannot write to ${args.outDir}: ${describeFsError(error)}`)
      return 2
    }
    io.out(`wrote ${files.map((f) => join(args.outDir!, f.name)).join(', ')}`)
    return 0
  }
  const evaluation = evaluateScenario(scenario)
  if (args.command === 'report') {
    if (args.format === 'json') io.out(JSON.stringify(toReportJson(label, scenario.config.name, evaluation), null, 2))
    else if (args.format === 'md') io.out(renderStakeholderReport(scenario, evaluation, args.lang, { today: new Date() }))
    else io.out(toReportText(label, evaluation))
    return 0
  }
  const breaches = listBreaches(evaluation)
  if (args.format === 'json') {
    io.out(JSON.stringify(toCheckJson(label, breaches), null, 2))
    return breaches.length === 0 ? 0 : 1
  }
  for (const breach of breaches) io.out(`BREACH ${breach.kind}: ${sayBreach(breach)}`)
  io.out(breaches.length === 0 ? `${label}: no breach (the design runs; budget, SLA and security all hold)` : `${label}: ${breaches.length} breach(es)`)
  return breaches.length === 0 ? 0 : 1
}
