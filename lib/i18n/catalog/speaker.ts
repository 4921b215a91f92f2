import type { Reason } from '../../explain/reason'
import type { Locale } from '../locale'
import type { Messages } from './define'

/** Words one namespace's reasons in a reader's language. */
export type Speaker<R extends Reason<string, object>> = (locale: Locale, reason: R) => string

/**
 * A speaker for one namespace, from that namespace's catalog in each language. A page imports only
 * the namespaces it shows, so a client bundle carries those messages and no others.
 * const sayCost = speaker<CostReason>({ en: enCost, ko: koCost }); sayCost('ko', line.label)
 */
export function speaker<R extends Reason<string, object>>(catalogs: Record<Locale, Messages<R>>): Speaker<R> {
  return (locale, reason) => {
    // The mapped Messages type pairs each code with its params; TypeScript cannot follow that through a union call.
    const message = catalogs[locale][reason.code as R['code']] as unknown as (params: R['params']) => string
    return message(reason.params)
  }
}
