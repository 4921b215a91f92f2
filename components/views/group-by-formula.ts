import type { ServiceCapacity } from '@/lib/capacity'
import { sayCapacity } from '@/lib/i18n/catalog/say-capacity'

/** Services whose queueing figures read the same, shown once with every name. */
type FormulaGroup = { names: string[]; service: ServiceCapacity }

/**
 * Groups services whose typical and peak formulas and explanation are identical, in first-seen order,
 * so six identical microservices read as one paragraph. Example (plan 2): one group of six services.
 */
export function groupByFormula(services: readonly ServiceCapacity[]): FormulaGroup[] {
  const groups = new Map<string, FormulaGroup>()
  for (const service of services) {
    // Keyed by the words, not the raw params: two services whose rounded figures read the same are one paragraph.
    const key = [service.typical.label, service.typical.formula, service.peak.label, service.peak.formula, service.advice].map((reason) => sayCapacity('en', reason)).join('\n')
    const group = groups.get(key)
    if (group) group.names.push(service.name)
    else groups.set(key, { names: [service.name], service })
  }
  return [...groups.values()]
}
