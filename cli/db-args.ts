import type { BackupFormat } from '../server/db/backup'

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
  let outFile: string | undefined
  let format: BackupFormat | undefined
  let force = false
  const files: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!
    const eq = token.startsWith('--') ? token.indexOf('=') : -1
    const name = eq === -1 ? token : token.slice(0, eq)
    if (name === '--force' && eq === -1) {
      force = true
      continue
    }
    if (!token.startsWith('--')) {
      files.push(token)
      continue
    }
    const allowed = action === 'backup' ? ['--out', '--format'] : []
    if (!allowed.includes(name)) return { error: `unknown option "${token}" for db ${action}` }
    const value = eq === -1 ? rest[++i] : token.slice(eq + 1)
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) return { error: `${name} needs a value` }
    if (name === '--out') outFile = value
    else if (value === 'pglite' || value === 'sql') format = value
    else return { error: `--format must be pglite or sql (got "${value}")` }
  }
  if (action === 'backup') {
    if (files.length > 0) return { error: `db backup takes the file as --out FILE (got "${files[0]}")` }
    if (!outFile) return { error: 'db backup needs --out FILE' }
    return { command: 'db', action, outFile, ...(format ? { format } : {}), force }
  }
  if (files.length !== 1) return { error: files.length === 0 ? 'db restore needs the backup FILE' : 'db restore takes one FILE' }
  return { command: 'db', action, file: files[0]!, force }
}
