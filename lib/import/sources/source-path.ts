/**
 * Paths as the user gave them, made comparable: forward slashes, no `./`, `..` resolved, and `.`
 * for the folder they picked. `normalizePath('infra\\./net/../main.tf')` → `infra/main.tf`.
 */
export function normalizePath(path: string): string {
  const parts: string[] = []
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else parts.push(part)
  }
  return parts.length === 0 ? '.' : parts.join('/')
}

/** `net/main.tf` → `net`; `main.tf` → `.` */
export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '.' : path.slice(0, slash)
}

/** `net/main.tf` → `main.tf` */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** A module source relative to the calling module's folder: `joinPath('envs/prod', '../../net')` → `net`. */
export function joinPath(dir: string, relative: string): string {
  return normalizePath(dir === '.' ? relative : `${dir}/${relative}`)
}

/** How many folders down from the picked folder: `.` is 0, `net` is 1, `envs/prod` is 2. */
export function depthOf(dir: string): number {
  return dir === '.' ? 0 : dir.split('/').length
}

/** `relativePath('envs/prod', 'modules/net')` → `../../modules/net`; the same folder → `.` */
export function relativePath(from: string, to: string): string {
  const a = from === '.' ? [] : from.split('/')
  const b = to === '.' ? [] : to.split('/')
  let common = 0
  while (common < a.length && common < b.length && a[common] === b[common]) common++
  const parts = [...a.slice(common).map(() => '..'), ...b.slice(common)]
  return parts.length === 0 ? '.' : parts.join('/')
}
