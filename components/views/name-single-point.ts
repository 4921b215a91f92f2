import type { Locale } from '@/lib/i18n/locale'
import type { ViewSinglePoint } from '@/lib/i18n/catalog/views-reasons'
import { viewSay } from './view-say'

const PARTS: readonly string[] = ['bastion', 'cache', 'database', 'nat', 'region'] satisfies ViewSinglePoint[]

/**
 * A single point of failure as recovery reports it, in words: the parts it names by kind are
 * worded by the catalog; services and load balancers keep their ids as typed.
 * Example: 'database' → "database" (in Korean, the Korean word); 'order' → "order".
 */
export function nameSinglePoint(id: string, locale: Locale): string {
  return PARTS.includes(id) ? viewSay(locale)('single-point', { part: id as ViewSinglePoint }) : id
}
