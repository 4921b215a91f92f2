/**
 * Which of the files a person picks or drops go to the import, and under which path: Terraform's
 * own kinds of file only, never the provider cache (`.terraform/`), hidden folders or installed
 * packages, and paths relative to the folder they picked (`modules/net/main.tf`).
 */

/** What the file inputs accept, and the only names a folder walk keeps. */
export const TERRAFORM_EXTENSIONS = ['.tf', '.tf.json', '.tfvars', '.tfvars.json', '.json'] as const
export const ACCEPT = TERRAFORM_EXTENSIONS.join(',')

/** A file the browser holds, and its path as the import will know it. */
export type PickedFile = { path: string; file: File }

/**
 * Whether `path` is a file the import reads: `infra/main.tf` yes; `infra/.terraform/modules/x/main.tf`,
 * `.github/ci.json`, `node_modules/a/package.json` (a folder of packages is never Terraform's and
 * could hold thousands of .json files) and `notes.md` no.
 */
export function isTerraformPath(path: string): boolean {
  const parts = path.split('/').filter((part) => part !== '')
  const name = parts.at(-1)?.toLowerCase() ?? ''
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) return false
  return TERRAFORM_EXTENSIONS.some((extension) => name.endsWith(extension) && name.length > extension.length)
}

/** Files from an `<input type="file">`: a folder input names each by `webkitRelativePath`, a plain one by name. */
export function filesFromInput(list: FileList | readonly File[]): PickedFile[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file }))
}

/**
 * Files and folders dropped on the page, folders walked to the bottom. The entries are taken while
 * the drop event runs (the browser empties `items` afterwards); reading them may take longer.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry?.() : null
    return entry ? [entry] : []
  })
  // A browser without entries (or a drop of plain files in a test) still gives the files.
  if (entries.length === 0) return Promise.resolve(filesFromInput(transfer.files))
  return Promise.all(entries.map((entry) => walkEntry(entry))).then((lists) => lists.flat())
}

async function walkEntry(entry: FileSystemEntry): Promise<PickedFile[]> {
  const path = entry.fullPath.replace(/^\/+/, '') || entry.name
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))
    return [{ path, file }]
  }
  if (!entry.isDirectory) return []
  // Not even listed: the provider cache alone can hold hundreds of files.
  if (entry.name.startsWith('.') || entry.name === 'node_modules') return []
  const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader())
  return (await Promise.all(children.map((child) => walkEntry(child)))).flat()
}

/** readEntries answers in batches (Chromium: 100 at a time) until it answers none. */
async function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = []
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject))
    if (batch.length === 0) return all
    all.push(...batch)
  }
}

/**
 * The Terraform files among `picked`, paths made relative to the one folder they all sit in
 * (a picked or dropped folder's own name is not part of the configuration): `infra/main.tf` and
 * `infra/modules/net/main.tf` become `main.tf` and `modules/net/main.tf`.
 */
export function keepTerraformFiles(picked: readonly PickedFile[]): PickedFile[] {
  const kept = picked.filter((p) => isTerraformPath(p.path))
  const top = kept[0]?.path.split('/')[0]
  const shareTop = top !== undefined && kept.every((p) => p.path.includes('/') && p.path.split('/')[0] === top)
  const relative = shareTop ? kept.map((p) => ({ ...p, path: p.path.slice(top.length + 1) })) : kept
  return relative.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * The .tfvars files Terraform does not load by itself (terraform.tfvars and *.auto.tfvars it does):
 * they apply only when named with -var-file, so the dialog lets the user tick each.
 * namedVarFiles(['main.tf', 'prod.tfvars', 'terraform.tfvars']) → ['prod.tfvars']
 */
export function namedVarFiles(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const name = path.split('/').at(-1)!
    return /\.tfvars(\.json)?$/.test(name) && !/^terraform\.tfvars(\.json)?$/.test(name) && !/\.auto\.tfvars(\.json)?$/.test(name)
  })
}
