import { LOCALES, type Locale } from '../../lib/i18n/locale'
import { readOptions } from '../read-options'

/**
 * `archdeck import PATH… [--out FILE] [--json] [--var NAME=VALUE …] [--lang en|ko]`: Terraform
 * files, folders of them, or `terraform show -json` output → a scenario (cli/import/command.ts).
 */
export type ImportArgs = { command: 'import'; paths: string[]; outFile?: string; json: boolean; vars: Record<string, string>; lang: Locale }

/** A variable name as Terraform accepts one (an identifier: letters, digits, `_`, `-`, not starting with a digit). */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** Parses what follows `import`; a one-line error instead of throwing. */
export function parseImportArgs(argv: string[]): ImportArgs | { error: string } {
  const read = readOptions(argv, { values: ['--out', '--var', '--lang'], flags: ['--json'] }, 'import')
  if ('error' in read) return read
  if (read.positionals.length === 0) return { error: 'import needs at least one PATH (a .tf file, a folder of them, or terraform show -json output)' }
  const vars: Record<string, string> = {}
  for (const assignment of read.values.get('--var') ?? []) {
    const eq = assignment.indexOf('=')
    const name = eq === -1 ? assignment : assignment.slice(0, eq)
    if (eq === -1 || !VARIABLE_NAME.test(name)) return { error: `--var takes NAME=VALUE (got "${assignment}")` }
    vars[name] = assignment.slice(eq + 1)
  }
  const lang = read.values.get('--lang')?.at(-1) ?? 'en'
  if (!(LOCALES as readonly string[]).includes(lang)) return { error: `--lang must be en or ko (got "${lang}")` }
  const outFile = read.values.get('--out')?.at(-1)
  return { command: 'import', paths: read.positionals, ...(outFile ? { outFile } : {}), json: read.flags.has('--json'), vars, lang: lang as Locale }
}
