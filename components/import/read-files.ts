import { IMPORT_LIMITS, type SourceFile } from '@/lib/import/types'
import { refusedBy, type ImportProblem, type Refusal } from './import-outcome'
import type { PickedFile } from './pick-files'

const MEGABYTE = 1024 * 1024

export type ReadFiles = { ok: true; files: SourceFile[] } | Refusal

/**
 * The text of `kept` (keepTerraformFiles of the `pickedCount` files picked), read in the browser.
 * Refused before reading anything: no Terraform file at all, more files or bytes than an import
 * takes (IMPORT_LIMITS). Every file that cannot be read (moved or deleted since it was picked) is named.
 */
export async function readTerraformFiles(kept: readonly PickedFile[], pickedCount: number): Promise<ReadFiles> {
  if (kept.length === 0) return refusedBy({ code: 'import-ui.no-terraform-files', params: { files: pickedCount } })
  if (kept.length > IMPORT_LIMITS.files) return refusedBy({ code: 'import-ui.too-many-files', params: { files: kept.length, limit: IMPORT_LIMITS.files } })
  const bytes = kept.reduce((sum, p) => sum + p.file.size, 0)
  if (bytes > IMPORT_LIMITS.bodyBytes) return tooLarge(bytes)
  const read = await Promise.all(kept.map(async ({ path, file }) => ({ path, text: await file.text().catch(() => null) })))
  const unreadable: ImportProblem[] = read.flatMap(({ path, text }) => (text === null ? [{ from: 'dialog' as const, reason: { code: 'import-ui.unreadable' as const, params: { path } } }] : []))
  if (unreadable.length > 0) return { ok: false, problems: unreadable }
  return { ok: true, files: read.flatMap(({ path, text }) => (text === null ? [] : [{ path, text }])) }
}

/** Over IMPORT_LIMITS.bodyBytes, in megabytes as the reader counts them. */
export function tooLarge(bytes: number): Refusal {
  return refusedBy({ code: 'import-ui.too-large', params: { megabytes: bytes / MEGABYTE, limitMegabytes: IMPORT_LIMITS.bodyBytes / MEGABYTE } })
}
