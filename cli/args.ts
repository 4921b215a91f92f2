import { LOCALES, type Locale } from '../lib/i18n'
import { parseAdviseArgs, type AdviseArgs } from './advise/args'
import { parseDbArgs, type DbArgs } from './db-args'
import { parseImportArgs, type ImportArgs } from './import/args'
import { parsePricesArgs, type PricesArgs } from './prices/args'

type Command = 'presets' | 'report' | 'export' | 'check' | 'help'

export const REPORT_FORMATS = ['text', 'md', 'json'] as const
type ReportFormat = (typeof REPORT_FORMATS)[number]

export type CliArgs = {
  command: Command
  preset?: string
  configFile?: string
  sets: string[]
  /** `report` output: the terminal summary, the stakeholder report in Markdown, or JSON. */
  format: ReportFormat
  /** Language of the Markdown report. */
  lang: Locale
  outDir?: string
}

export const USAGE = `usage: archdeck <command> [options]

commands:
  presets                                  list the preset ids
  report (--preset ID | --config FILE) [--set KEY=VALUE ...] [--format text|md|json] [--lang en|ko]
                                           (--json is short for --format json)
  export (--preset ID | --config FILE) [--set KEY=VALUE ...] --out DIR
  check  (--preset ID | --config FILE) [--set KEY=VALUE ...] [--json]   exit 1 on a breach
                                           (--json: each breach with its code, for CI gates)
  db backup --out FILE [--format pglite|sql] [--force]
                                           save every workspace, version, share and decision
  db restore FILE [--force]                replace the store with a backup (--force when it holds data;
                                           what it replaces is kept); stop the server first
  prices update (--from DIR|URL | --from-aws) [--region ID ...] [--books DIR]
                                           refresh the region price books from a copy of AWS's
                                           Price List bulk files (DIR/offers/v1.0/aws/index.json;
                                           --from-aws downloads them from AWS)
  import PATH ... [--out FILE] [--json] [--var NAME=VALUE ...] [--lang en|ko]
                                           read Terraform into a design: .tf, .tf.json, .tfvars files,
                                           folders of them, or terraform show -json of a plan or state;
                                           prints what was understood, assumed and skipped (--json:
                                           { understood, assumed, skipped, scenario }); --out writes the
                                           scenario for --config; exit 2 when nothing could be imported
  advise (--preset ID | --config FILE) [--budget KRW] [--peak-budget KRW] [--sla-ms N]
         [--min-coverage 0..1] [--auto SCENARIO,...] [--max-rto-min N] [--max-rpo-min N]
         [--json] [--lang en|ko]
                                           the cheapest design that meets every goal (budget, the
                                           peak month's too, p95 at peak, recovery, RTO/RPO when
                                           given, no high finding; each defaults to the
                                           requirements), or the closest and what each misses; the
                                           trade-off frontier; each with its priced changes (--json:
                                           { goals, best, frontier, closest, examined }, each design's
                                           scenario for --config); exit 1 when none meets every goal

--set shortcuts: tasksPerService=N, dbMultiAz=true|false, natGateways=0|1|2, region=ID;
any other KEY is a dotted path into the config (database.instanceClass=db.t3.small)
or the requirements (requirements.budget.monthly=200000).

db works on the server's store: PGlite in ARCHDECK_DATA_DIR (default .data), or the PostgreSQL
server in DATABASE_URL. A PGlite backup is a folder dump (.tar.gz) by default; --format sql writes
SQL that psql or a restore into either store loads.`

const COMMANDS = new Set<Command>(['presets', 'report', 'export', 'check', 'help'])
const VALUE_FLAGS = new Set(['--preset', '--config', '--out', '--set', '--format', '--lang'])

/** Parses argv (without node and script); returns a one-line error instead of throwing. */
export function parseArgs(argv: string[]): CliArgs | DbArgs | PricesArgs | ImportArgs | AdviseArgs | { error: string } {
  const [first, ...rest] = argv
  if (first === undefined || first === '--help' || first === '-h') return { command: 'help', sets: [], format: 'text', lang: 'en' }
  if (first === 'db') return parseDbArgs(rest)
  if (first === 'prices') return parsePricesArgs(rest)
  if (first === 'import') return parseImportArgs(rest)
  if (first === 'advise') return parseAdviseArgs(rest)
  if (!COMMANDS.has(first as Command)) return { error: `unknown command "${first}" (expected presets, report, export, check, import, advise, db or prices)` }
  const args: CliArgs = { command: first as Command, sets: [], format: 'text', lang: 'en' }
  let format: ReportFormat | undefined
  let json = false
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!
    // Both "--flag value" and "--flag=value" are accepted.
    const eq = token.startsWith('--') ? token.indexOf('=') : -1
    const name = eq === -1 ? token : token.slice(0, eq)
    const valueOf = (): string | undefined => {
      if (eq !== -1) return token.slice(eq + 1)
      const next = rest[i + 1]
      if (next === undefined || next.startsWith('--')) return undefined
      i++
      return next
    }
    if (name === '--json') {
      json = true
      continue
    }
    if (!VALUE_FLAGS.has(name)) return { error: `unknown option "${token}"` }
    const value = valueOf()
    if (value === undefined || value === '') return { error: `${name} needs a value${name === '--set' ? ' (KEY=VALUE)' : ''}` }
    if (name === '--preset') args.preset = value
    else if (name === '--config') args.configFile = value
    else if (name === '--out') args.outDir = value
    else if (name === '--format') {
      if (!(REPORT_FORMATS as readonly string[]).includes(value)) return { error: `--format must be text, md or json (got "${value}")` }
      format = value as ReportFormat
    } else if (name === '--lang') {
      if (!(LOCALES as readonly string[]).includes(value)) return { error: `--lang must be en or ko (got "${value}")` }
      args.lang = value as Locale
    } else args.sets.push(value)
  }
  // --json stays as the short form of --format json; the two must not disagree.
  if (json && format !== undefined && format !== 'json') return { error: `--json and --format ${format} disagree (pick one)` }
  args.format = json ? 'json' : (format ?? 'text')
  if (args.command !== 'presets' && args.command !== 'help') {
    if (!args.preset === !args.configFile) return { error: `${args.command} needs exactly one of --preset ID or --config FILE` }
    if (args.command === 'export' && !args.outDir) return { error: 'export needs --out DIR' }
  }
  return args
}
