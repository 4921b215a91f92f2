import type { Breach } from '../lib/evaluate'
import { say, sayCost } from '../lib/i18n'
import { sayDesign } from '../lib/i18n/catalog/say-design'

/** A breach in English, as `check` prints it; a security breach adds its finding. */
export function sayBreach(breach: Breach): string {
  if (breach.kind === 'design') return sayDesign('en', breach.message)
  return `${sayCost('en', breach.message)}${breach.finding ? `: ${say('en', breach.finding)}` : ''}`
}
