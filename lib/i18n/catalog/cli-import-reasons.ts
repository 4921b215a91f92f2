import type { Reason } from '../../explain/reason'

/**
 * The words of `archdeck import`'s text report (cli/import/report-text.ts) around what the import
 * catalog says of each resource: section headings and the shape of each line. Keys of the
 * `cli-import` namespace; `--lang ko` words them in Korean.
 */
type Line<Code extends string, Params extends object = Record<string, never>> = Reason<`cli-import.${Code}`, Params>

export type ImportSection = 'understood' | 'assumed' | 'skipped' | 'notes'

export type CliImportReason =
  | Line<'heading', { section: ImportSection; count: number }>
  | Line<'understood', { address: string; becomes: string; place: string | null }>
  | Line<'assumed', { field: string; value: string; why: string }>
  | Line<'skipped', { address: string; why: string }>
  | Line<'note', { text: string; place: string | null }>
  | Line<'none'>
  | Line<'wrote', { file: string }>
