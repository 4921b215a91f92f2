import { capacity } from './capacity'

/** English, namespace by namespace: the reference every other language is checked against. */
export const en = { ...capacity }
