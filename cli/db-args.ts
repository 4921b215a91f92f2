import type { BackupFormat } from '../server/db/backup'
import { readOptions } from './read-options'

/**
 * `archdeck db backup --out FILE [--format pglite|sql] [--force]` and `archdeck db restore FILE
 * [--force]`. Which store: the environment says, as for the server (cli/db-command.ts).
 */
export type DbArgs =
  | { command: 'db'; action: 'backup'; outFile: string; format?: BackupFormat; force: boolean }
  | { command: 'db'; action: 'restore'; file: string; force: boolean }

/** Parses what follows `db`; a one-line error instead of throwing. */
export function parseDbArgs(argv: string[]): DbArgs | { error: string } {
  const [action, ...rest] = argv
  if (action !== 'backup' && action !== 'restore') return { error: `db needs "backup --out FILE" or "restore FILE"${action ? ` (got "${action}")` : ''}` }
  const read = readOptions(rest, { values: action === 'backup' ? ['--out', '--format'] : [], flags: ['--force'] }, `db ${action}`)
  if ('error' in read) return read
  const force = read.flags.has('--force')
  const files = read.positionals
  if (action === 'backup') {
    const format = read.values.get('--format')?.at(-1)
    if (format !== undefined && format !== 'pglite' && format !== 'sql') return { error: `--format must be pglite or sql (got "${format}")` }
    if (files.length > 0) return { error: `db backup takes the file as --out FILE (got "${files[0]}")` }
    const outFile = read.values.get('--out')?.at(-1)
    if (!outFile) return { error: 'db backup needs --out FILE' }
    return { command: 'db', action, outFile, ...(format ? { format } : {}), force }
  }
  if (files.length !== 1) return { error: files.length === 0 ? 'db restore needs the backup FILE' : 'db restore takes one FILE' }
  return { command: 'db', action, file: files[0]!, force }
}
