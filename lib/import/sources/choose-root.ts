import type { ImportNote } from '../types'
import type { ParsedModule } from './parsed-module'
import { depthOf, joinPath } from './source-path'

/** A module source naming a folder on disk: Terraform reads `./…` and `../…` as local paths. */
export function isLocalSource(source: unknown): source is string {
  return typeof source === 'string' && (source.startsWith('./') || source.startsWith('../'))
}

/**
 * The root module: the folder the user chose, or else the shallowest folder no other folder calls
 * as a local module (ties broken by name). When several folders could be the root (`envs/dev` and
 * `envs/prod`), a note says which one was read.
 */
export function chooseRoot(modules: Map<string, ParsedModule>, chosen: string | undefined): { root: string; notes: ImportNote[] } {
  if (chosen !== undefined && modules.has(chosen)) return { root: chosen, notes: [] }
  const called = new Set<string>()
  for (const module of modules.values()) {
    for (const call of module.modules.values()) {
      if (isLocalSource(call.body.source)) called.add(joinPath(module.dir, call.body.source))
    }
  }
  const dirs = [...modules.keys()]
  const candidates = dirs.filter((dir) => !called.has(dir))
  const ranked = (candidates.length > 0 ? candidates : dirs).sort((a, b) => depthOf(a) - depthOf(b) || a.localeCompare(b))
  const root = ranked[0] ?? '.'
  const others = ranked.slice(1).filter((dir) => depthOf(dir) === depthOf(root))
  if (others.length === 0) return { root, notes: [] }
  return { root, notes: [{ code: 'import.several-roots', params: { root, others: others.join(', ') } }] }
}
