import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { IMPORT_LIMITS } from '../../lib/import/types'
import type { SourceFile } from '../../lib/import/types'
import { describeFsError } from '../fs-error'

/** What a folder is searched for: configuration and variable files (Terraform CLI docs, "Files and Directories"). */
const TERRAFORM_FILE = /\.(tf|tf\.json|tfvars|tfvars\.json)$/
/** Folders looked into before giving up on a tree that holds no end of them (a home folder given by mistake). */
const MAX_FOLDERS = 10_000

export type Collected =
  | {
      ok: true
      files: SourceFile[]
      /** Each file's path as the user would type it, by its SourceFile path. */
      shown: Map<string, string>
      /** The .tfvars files named as PATHs (Terraform's -var-file), by SourceFile path, in the order given. */
      varFiles: string[]
    }
  | { ok: false; message: string }

/**
 * The files the PATHs name: a file as it is (a plan's JSON has any name), a folder walked for
 * `*.tf`, `*.tf.json`, `*.tfvars`, `*.tfvars.json`, leaving out hidden folders and `.terraform/`
 * (the providers and modules `terraform init` downloaded). Each file's path is relative to the
 * folder holding them all, so `archdeck import infra/` gives `main.tf`, `modules/net/main.tf`.
 */
export function collectSourceFiles(paths: readonly string[], cwd: string = process.cwd()): Collected {
  const found = new Set<string>()
  // A .tfvars named on the command line applies like -var-file; one found in a folder does not.
  const named: string[] = []
  let folders = 0
  const walk = (dir: string): string | undefined => {
    if (++folders > MAX_FOLDERS) return `${shownPath(dir, cwd)}: more than ${MAX_FOLDERS} folders to search; name the Terraform folder itself`
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      return `cannot read ${shownPath(dir, cwd)}: ${describeFsError(error)}`
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        const problem = walk(path)
        if (problem) return problem
      } else if (TERRAFORM_FILE.test(entry.name) && (entry.isFile() || isFileThroughLink(path))) found.add(path)
      if (found.size > IMPORT_LIMITS.files) return `more than ${IMPORT_LIMITS.files} Terraform files under the PATHs given`
    }
    return undefined
  }
  for (const given of paths) {
    const path = resolve(cwd, given)
    let isDirectory: boolean
    try {
      isDirectory = statSync(path).isDirectory()
    } catch (error) {
      return { ok: false, message: `cannot read ${given}: ${describeFsError(error)}` }
    }
    if (!isDirectory) {
      found.add(path)
      if (/\.tfvars(\.json)?$/.test(path)) named.push(path)
    } else {
      const problem = walk(path)
      if (problem) return { ok: false, message: problem }
    }
  }
  return readAll([...found], named, cwd)
}

function readAll(paths: readonly string[], named: readonly string[], cwd: string): Collected {
  const base = commonFolder(paths.map((p) => dirname(p)))
  const files: SourceFile[] = []
  const shown = new Map<string, string>()
  let total = 0
  for (const path of paths) {
    const name = relative(base, path).split(sep).join('/')
    try {
      // A file far beyond what an import reads is refused before it is read into memory.
      total += statSync(path).size
      if (total > IMPORT_LIMITS.bodyBytes) return { ok: false, message: `the files given hold more than ${IMPORT_LIMITS.bodyBytes / 1024 / 1024} MB; an import reads at most that` }
      files.push({ path: name, text: readFileSync(path, 'utf8') })
    } catch (error) {
      return { ok: false, message: `cannot read ${shownPath(path, cwd)}: ${describeFsError(error)}` }
    }
    shown.set(name, shownPath(path, cwd))
  }
  return { ok: true, files, shown, varFiles: named.map((path) => relative(base, path).split(sep).join('/')) }
}

function isFileThroughLink(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The deepest folder holding every one of the folders. */
function commonFolder(folders: readonly string[]): string {
  if (folders.length === 0) return ''
  let common = folders[0]!.split(sep)
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep)
    let i = 0
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++
    common = common.slice(0, i)
  }
  return common.join(sep) || sep
}

/** Relative to where the command runs when inside it, else absolute: as a user would type it. */
function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel
}
