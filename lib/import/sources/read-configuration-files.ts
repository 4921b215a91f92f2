import type { ImportError, ImportNote, SourceFile } from '../types'
import { assembleModule } from './assemble-module'
import { fileKindOf } from './file-kind'
import { MAX_FILE_BYTES, MAX_FILES, MAX_TOTAL_BYTES, utf8Bytes } from './limits'
import { parseFile, type RawBody } from './parse-file'
import type { ConfigurationFiles, ParsedModule, ParsedVarFile } from './parsed-module'
import { chooseRoot } from './choose-root'
import { baseName, directoryOf, normalizePath } from './source-path'
import { topLevelBlocks, type TopLevelBlock } from './top-level-blocks'

export type ReadConfiguration = ({ ok: true } & ConfigurationFiles & { notes: ImportNote[] }) | { ok: false; errors: ImportError[] }

/**
 * Reads the files a user gave into modules (one per folder) and the `.tfvars` files that apply.
 * Every file is parsed before anything is refused, so the user sees all broken files at once.
 * `root` is the folder the user chose as the root module; by default the shallowest folder of
 * `.tf` files that no other folder calls as a module.
 */
export async function readConfigurationFiles(files: SourceFile[], options: { root?: string; varFiles?: string[] } = {}): Promise<ReadConfiguration> {
  const terraformFiles = files
    .map((file) => ({ path: normalizePath(file.path), text: file.text, kind: fileKindOf(normalizePath(file.path)) }))
    .filter((file) => file.kind.kind !== 'other')
  const tooLarge = checkLimits(terraformFiles)
  if (tooLarge.length > 0) return { ok: false, errors: tooLarge }

  const errors: ImportError[] = []
  const byDir = new Map<string, { normal: TopLevelBlock[]; overrides: { name: string; blocks: TopLevelBlock[] }[] }>()
  const varBodies: { path: string; body: RawBody; autoLoaded: string | false }[] = []
  // Terraform reads a folder's files in lexical order; var files keep the order the user gave.
  const configuration = terraformFiles.filter((file) => file.kind.kind === 'configuration').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  for (const file of [...configuration, ...terraformFiles.filter((file) => file.kind.kind === 'variables')]) {
    if (file.kind.kind === 'other') continue
    const parsed = await parseFile(file.path, file.text, file.kind.syntax)
    if (!parsed.ok) {
      errors.push(...parsed.errors)
      continue
    }
    if (file.kind.kind === 'variables') {
      varBodies.push({ path: file.path, body: parsed.body, autoLoaded: file.kind.autoLoaded })
      continue
    }
    const dir = directoryOf(file.path)
    const entry = byDir.get(dir) ?? { normal: [], overrides: [] }
    byDir.set(dir, entry)
    const blocks = topLevelBlocks(file.path, file.text, file.kind.syntax, parsed.body)
    if (file.kind.override) entry.overrides.push({ name: baseName(file.path), blocks })
    else entry.normal.push(...blocks)
  }
  if (errors.length > 0) return { ok: false, errors }
  if (byDir.size === 0) return { ok: false, errors: [{ code: 'import.no-resources', params: {} }] }

  const notes: ImportNote[] = []
  const modules = new Map<string, ParsedModule>()
  for (const [dir, { normal, overrides }] of [...byDir].sort(([a], [b]) => a.localeCompare(b))) {
    const ordered = overrides.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).flatMap((o) => o.blocks)
    modules.set(dir, assembleModule(dir, normal, ordered, (note) => notes.push(note)))
  }
  const chosen = chooseRoot(modules, options.root === undefined ? undefined : normalizePath(options.root))
  const named = options.varFiles?.map(normalizePath)
  const varFiles = applicableVarFiles(varBodies, chosen.root, new Set(modules.keys()), named)
  // A var file given but not named is left as Terraform would leave it, and the report says so.
  const unnamed = named === undefined ? [] : varBodies.filter((file) => file.autoLoaded === false && !named.includes(file.path))
  const varNotes: ImportNote[] = unnamed.map((file) => ({ code: 'import.var-file-not-applied', params: { file: file.path }, where: { file: file.path } }))
  return { ok: true, root: chosen.root, modules, varFiles, notes: [...notes, ...chosen.notes, ...varNotes] }
}

function checkLimits(files: { path: string; text: string }[]): ImportError[] {
  if (files.length > MAX_FILES) return [{ code: 'import.too-large', params: { limit: 'files', value: files.length, max: MAX_FILES } }]
  let total = 0
  for (const file of files) {
    const bytes = utf8Bytes(file.text)
    if (bytes > MAX_FILE_BYTES) return [{ code: 'import.too-large', params: { limit: 'file-bytes', value: bytes, max: MAX_FILE_BYTES }, where: { file: file.path } }]
    total += bytes
  }
  return total > MAX_TOTAL_BYTES ? [{ code: 'import.too-large', params: { limit: 'bytes', value: total, max: MAX_TOTAL_BYTES } }] : []
}

/**
 * Terraform's order (Terraform docs, "Variable Definition Precedence"): terraform.tfvars, then
 * terraform.tfvars.json, then *.auto.tfvars and *.auto.tfvars.json in lexical order of their names
 * (all in the root module's folder), then the var files the user named, in the order given; a later
 * file wins. Auto-loaded names in other folders are not loaded, as Terraform would not load them,
 * and neither are var files that sit in another module's folder (`envs/prod/prod.tfvars` when
 * `envs/dev` is the root). With `named` (the -var-file list), only those apply, in that order.
 */
function applicableVarFiles(files: { path: string; body: RawBody; autoLoaded: string | false }[], root: string, moduleDirs: Set<string>, named?: string[]): ParsedVarFile[] {
  const rank = (autoLoaded: string | false) => (autoLoaded === 'terraform.tfvars' ? 0 : autoLoaded === 'terraform.tfvars.json' ? 1 : 2)
  const auto = files
    .filter((file) => file.autoLoaded !== false && directoryOf(file.path) === root)
    .sort((a, b) => rank(a.autoLoaded) - rank(b.autoLoaded) || (baseName(a.path) < baseName(b.path) ? -1 : 1))
  const given = files.filter((file) => file.autoLoaded === false && (directoryOf(file.path) === root || !moduleDirs.has(directoryOf(file.path))))
  const applied = named === undefined ? given : named.flatMap((path) => files.filter((file) => file.autoLoaded === false && file.path === path))
  return [...auto, ...applied].map((file) => ({ file: file.path, values: file.body }))
}
