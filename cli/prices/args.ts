import { readOptions } from '../read-options'
import { AWS_PRICE_LIST_ENDPOINT } from './source'

/**
 * `archdeck prices update (--from DIR|URL | --from-aws) [--region ID ...] [--books DIR]`: refresh
 * the region price books from AWS's Price List bulk files (cli/prices/command.ts).
 */
export type PricesArgs = { command: 'prices'; action: 'update'; from: string; regions: string[]; booksDir?: string }

/** Parses what follows `prices`; a one-line error instead of throwing. */
export function parsePricesArgs(argv: string[]): PricesArgs | { error: string } {
  const [action, ...rest] = argv
  if (action !== 'update') return { error: `prices needs "update --from DIR" or "update --from-aws"${action ? ` (got "${action}")` : ''}` }
  const read = readOptions(rest, { values: ['--from', '--region', '--books'], flags: ['--from-aws'] }, 'prices update')
  if ('error' in read) return read
  if (read.positionals.length > 0) return { error: `prices update takes the folder as --from DIR (got "${read.positionals[0]}")` }
  const from = [...(read.values.get('--from') ?? []), ...(read.flags.has('--from-aws') ? [AWS_PRICE_LIST_ENDPOINT] : [])]
  if (from.length === 0) return { error: 'prices update needs --from DIR (a copy of the AWS Price List: DIR/offers/v1.0/aws/index.json), --from URL or --from-aws' }
  if (from.length > 1) return { error: 'prices update reads one Price List: give one --from DIR, --from URL or --from-aws' }
  const books = read.values.get('--books')?.at(-1)
  return { command: 'prices', action: 'update', from: from[0]!, regions: read.values.get('--region') ?? [], ...(books ? { booksDir: books } : {}) }
}
