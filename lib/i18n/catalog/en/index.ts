import { capacity } from './capacity'
import { recovery } from './recovery'
import { security } from './security'
import { topology } from './topology'

/** English, namespace by namespace: the reference every other language is checked against. */
export const en = { ...capacity, ...recovery, ...security, ...topology }
