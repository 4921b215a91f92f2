import type { CostLine } from '../../cost/cost-line'
import type { CostComponent, PriceBasis } from '../../cost/cost-reasons'
import type { Locale } from '../locale'
import type { CostNamespaceReason } from './cost-namespace'
import { cost as en } from './en/cost'
import { cost as ko } from './ko/cost'
import { speaker } from './speaker'

/**
 * The bill's words without the rest of the catalog: line labels, formulas and sources, the total,
 * band and budget, the what-if options and the CI gate's breaches.
 * sayCost('ko', cost.band.formula) → '최소 $190.39 (최소 개수); 평상시 $200.87; …'.
 */
export const sayCost = speaker<CostNamespaceReason>({ en, ko })

/** A cost line's label, formula and source in the reader's language (the source's title stays as published). */
export function costLineWords(line: Pick<CostLine, 'label' | 'formula' | 'source'>, locale: Locale): { label: string; formula: string; source: string } {
  return { label: sayCost(locale, line.label), formula: sayCost(locale, line.formula), source: sayCost(locale, line.source) }
}

/** A bill component's name: "Networking" / "네트워킹". */
export function sayCostComponent(locale: Locale, component: CostComponent): string {
  return sayCost(locale, { code: `cost.component.${component}`, params: {} })
}

/** Every bill component's name, for views that look them up by id. */
export function costComponentNames(locale: Locale): Record<CostComponent, string> {
  const ids: CostComponent[] = ['compute', 'database', 'cache', 'network', 'load-balancer', 'admin-access', 'edge', 'monitoring', 'data-transfer']
  return Object.fromEntries(ids.map((id) => [id, sayCostComponent(locale, id)])) as Record<CostComponent, string>
}

/** Where a unit price comes from: "derived" / "산출값". */
export function sayPriceBasis(locale: Locale, basis: PriceBasis): string {
  return sayCost(locale, { code: `cost.basis.${basis}`, params: {} })
}

/** Every price basis's name, for the price list's lookup by basis. */
export function priceBasisNames(locale: Locale): Record<PriceBasis, string> {
  const ids: PriceBasis[] = ['published', 'derived', 'seed-stated', 'assumed', 'unknown']
  return Object.fromEntries(ids.map((id) => [id, sayPriceBasis(locale, id)])) as Record<PriceBasis, string>
}
