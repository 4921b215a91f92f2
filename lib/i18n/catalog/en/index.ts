import { capacity } from './capacity'
import { topology } from './topology'

/** English, namespace by namespace: the reference every other language is checked against. */
export const en = { ...capacity, ...topology }
