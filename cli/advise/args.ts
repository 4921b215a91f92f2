import { LOCALES, type Locale } from '../../lib/i18n/locale'
import { SCENARIO_IDS, type ScenarioId } from '../../lib/recovery/scenario-ids'
import { readOptions } from '../read-options'

/**
 * `archdeck advise (--preset ID | --config FILE) [--budget KRW] [--peak-budget KRW] [--sla-ms N]
 * [--min-coverage 0..1] [--auto SCENARIO,…] [--max-rto-min N] [--max-rpo-min N] [--json] [--lang en|ko]`:
 * the designs that meet every goal (cli/advise/command.ts). A goal not given comes from the scenario's
 * requirements; the peak month's budget is the monthly one unless given; RTO and RPO are bounded only when given.
 */
export type AdviseArgs = {
  command: 'advise'
  preset?: string
  configFile?: string
  budgetKrw?: number
  /** Budget for the month with the peak event, in KRW. */
  peakBudgetKrw?: number
  slaP95Ms?: number
  minCoverage?: number
  /** Recovery scenarios that must recover by themselves. */
  mustBeAuto?: ScenarioId[]
  /** Longest recovery (RTO) and most lost writes (RPO) any scenario may take, in minutes. */
  maxRtoMinutes?: number
  maxRpoMinutes?: number
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
  const read = readOptions(argv, { values: ['--preset', '--config', '--budget', '--peak-budget', '--sla-ms', '--min-coverage', '--auto', '--max-rto-min', '--max-rpo-min', '--lang'], flags: ['--json'] }, 'advise')
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
  const peakBudget = last('--peak-budget')
  if (peakBudget !== undefined) {
    args.peakBudgetKrw = readNumber(peakBudget)
    if (!(args.peakBudgetKrw > 0)) return { error: `--peak-budget takes the peak month's amount in KRW above 0 (got "${peakBudget}")` }
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
  for (const [flag, field, what] of [
    ['--max-rto-min', 'maxRtoMinutes', 'RTO'],
    ['--max-rpo-min', 'maxRpoMinutes', 'RPO'],
  ] as const) {
    const text = last(flag)
    if (text === undefined) continue
    const minutes = readNumber(text)
    if (!(minutes >= 0)) return { error: `${flag} takes the longest ${what} any failure may have, in minutes, 0 or more (got "${text}")` }
    args[field] = minutes
  }
  const lang = last('--lang') ?? 'en'
  if (!(LOCALES as readonly string[]).includes(lang)) return { error: `--lang must be en or ko (got "${lang}")` }
  args.lang = lang as Locale
  return args
}
