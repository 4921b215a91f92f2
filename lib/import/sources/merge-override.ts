import { isObject, type RawBody } from './parse-file'
import { objectsOf } from './top-level-blocks'

/**
 * Merges an override file's block into the block it overrides (Terraform docs, "Override Files",
 * Merging Behavior): "A top-level block in an override file merges with a block in a normal
 * configuration file that has the same block header"; each argument replaces the original's;
 * nested blocks of a type replace all the original's blocks of that type (a `dynamic "x"` block
 * counts as type x); a resource's `lifecycle` merges argument by argument.
 */
export function mergeOverride(original: RawBody, override: RawBody): RawBody {
  const merged: RawBody = { ...original }
  const dynamic: RawBody = isObject(original.dynamic) ? { ...original.dynamic } : {}
  for (const [key, value] of Object.entries(override)) {
    if (key === 'dynamic' && isObject(value)) {
      for (const [blockType, blocks] of Object.entries(value)) {
        dynamic[blockType] = blocks
        delete merged[blockType]
      }
    } else if (key === 'lifecycle') {
      merged.lifecycle = [Object.assign({}, ...objectsOf(original.lifecycle), ...objectsOf(value))]
    } else {
      merged[key] = value
      delete dynamic[key]
    }
  }
  if (Object.keys(dynamic).length > 0) merged.dynamic = dynamic
  else delete merged.dynamic
  return merged
}
