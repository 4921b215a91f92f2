import { LOCALES, type Locale } from '../../lib/i18n/locale'
import { SCENARIO_IDS, type ScenarioId } from '../../lib/recovery/scenario-ids'
import { readOptions } from '../read-options'

/**
 * `archdeck advise (--preset ID | --config FILE) [--budget KRW] [--sla-ms N] [--min-coverage 0..1]
 * [--auto SCENARIO,…] [--json] [--lang en|ko]`: the designs that meet every goal (cli/advise/command.ts).
 * A goal not given comes from the scenario's requirements.
 */
export type AdviseArgs = {
  command: 'advise'
  preset?: string
  configFile?: string
  budgetKrw?: number
  slaP95Ms?: number
  minCoverage?: number
  /** Recovery scenarios that must recover by themselves. */
  mustBeAuto?: ScenarioId[]
  json: boolean
  lang: Locale
}

/** "150000", "150,000" or "150_000" → 150000, ".5" → 0.5; anything else (a sign, a unit) → NaN. */
function readNumber(text: string): number {
  const plain = text.replace(/[,_]/g, '')
  return /^(\d+(\.\d*)?|\.\d+)$/.test(plain) ? Number(plain) : NaN
}

/** Parses what follows `advise`; a one-line error instead of throwing. */
export function parseAdviseArgs(argv: string[]): AdviseArgs | { error: string } {
  const read = readOptions(argv, { values: ['--preset', '--config', '--budget', '--sla-ms', '--min-coverage', '--auto', '--lang'], flags: ['--json'] }, 'advise')
  if ('error' in read) return read
  if (read.positionals.length > 0) return { error: `advise takes no PATH (got "${read.positionals[0]}"; use --config FILE)` }
  const last = (name: string) => read.values.get(name)?.at(-1)
  const preset = last('--preset')
  const configFile = last('--config')
  if (!preset === !configFile) return { error: 'advise needs exactly one of --preset ID or --config FILE' }
  const args: AdviseArgs = { command: 'advise', ...(preset ? { preset } : {}), ...(configFile ? { configFile } : {}), json: read.flags.has('--json'), lang: 'en' }

  const budget = last('--budget')
  if (budget !== undefined) {
    args.budgetKrw = readNumber(budget)
    if (!(args.budgetKrw > 0)) return { error: `--budget takes a monthly amount in KRW above 0 (got "${budget}")` }
  }
  const sla = last('--sla-ms')
  if (sla !== undefined) {
    args.slaP95Ms = readNumber(sla)
    if (!(args.slaP95Ms > 0)) return { error: `--sla-ms takes the p95 target at peak in milliseconds, above 0 (got "${sla}")` }
  }
  const coverage = last('--min-coverage')
  if (coverage !== undefined) {
    args.minCoverage = readNumber(coverage)
    if (!(args.minCoverage >= 0 && args.minCoverage <= 1)) return { error: `--min-coverage takes a share from 0 to 1 (got "${coverage}")` }
  }
  const auto = read.values.get('--auto')
  if (auto) {
    const ids = auto.flatMap((list) => list.split(',')).map((id) => id.trim()).filter(Boolean)
    const unknown = ids.find((id) => !(SCENARIO_IDS as readonly string[]).includes(id))
    if (unknown !== undefined) return { error: `--auto: unknown scenario "${unknown}" (known: ${SCENARIO_IDS.join(', ')})` }
    args.mustBeAuto = [...new Set(ids as ScenarioId[])]
  }
  const lang = last('--lang') ?? 'en'
  if (!(LOCALES as readonly string[]).includes(lang)) return { error: `--lang must be en or ko (got "${lang}")` }
  args.lang = lang as Locale
  return args
}
