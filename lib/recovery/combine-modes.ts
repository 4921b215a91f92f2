import type { RecoveryMode } from './types'

/**
 * The mode of something made of parts: auto when every part is auto, manual when every part is
 * manual, partial otherwise. No parts means nothing can fail: auto.
 * Example: ['auto', 'manual', 'auto'] → 'partial'; ['manual', 'manual'] → 'manual'.
 */
export function combineModes(modes: readonly RecoveryMode[]): RecoveryMode {
  if (modes.every((m) => m === 'auto')) return 'auto'
  if (modes.every((m) => m === 'manual')) return 'manual'
  return 'partial'
}
