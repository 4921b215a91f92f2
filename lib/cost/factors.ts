import { HOURS_PER_MONTH } from './cost-line'
import type { QuantityFactor } from './cost-reasons'

/** The factors most lines multiply: a bare count, GB, and the hours of a month. */
export const count = (value: number): QuantityFactor => ({ code: 'cost.qty.count', params: { count: value } })
export const gb = (value: number): QuantityFactor => ({ code: 'cost.qty.gb', params: { gb: value } })
export const hours = (value = HOURS_PER_MONTH): QuantityFactor => ({ code: 'cost.qty.hours', params: { hours: value } })
