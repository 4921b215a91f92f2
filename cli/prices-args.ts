import { readOptions } from './read-options'

/**
 * `archdeck prices update --from DIR [--region ID ...] [--books DIR]`: refresh the region price
 * books from a copy of AWS's Price List bulk files (cli/prices-command.ts).
 */
export type PricesArgs = { command: 'prices'; action: 'update'; from: string; regions: string[]; booksDir?: string }

/** Parses what follows `prices`; a one-line error instead of throwing. */
export function parsePricesArgs(argv: string[]): PricesArgs | { error: string } {
  const [action, ...rest] = argv
  if (action !== 'update') return { error: `prices needs "update --from DIR"${action ? ` (got "${action}")` : ''}` }
  const read = readOptions(rest, { values: ['--from', '--region', '--books'], flags: [] }, 'prices update')
  if ('error' in read) return read
  if (read.positionals.length > 0) return { error: `prices update takes the folder as --from DIR (got "${read.positionals[0]}")` }
  const from = read.values.get('--from')
  if (!from) return { error: 'prices update needs --from DIR (a copy of the AWS Price List: DIR/offers/v1.0/aws/index.json)' }
  if (from.length > 1) return { error: 'prices update takes one --from DIR' }
  const books = read.values.get('--books')?.at(-1)
  return { command: 'prices', action: 'update', from: from[0]!, regions: read.values.get('--region') ?? [], ...(books ? { booksDir: books } : {}) }
}
