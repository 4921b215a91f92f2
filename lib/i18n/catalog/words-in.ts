import type { Reason } from '../../explain/reason'
import type { Locale } from '../locale'
import type { Speaker } from './speaker'

/** The keys of a namespace's codes: 'workspace.saved' → 'saved'. */
export type KeyIn<R extends Reason<string, object>, NS extends string> = R['code'] extends infer C ? (C extends `${NS}.${infer K}` ? K : never) : never

type ParamsOf<R extends Reason<string, object>, NS extends string, K extends string> = Extract<R, { code: `${NS}.${K}` }>['params']

/** A message without variables takes no params; one with variables must be given them. */
type ParamsArg<P> = Record<string, never> extends P ? [params?: P] : [params: P]

/** A namespace's words by key in one language: w('saved'), w('editing', { name, version }). */
export type Words<R extends Reason<string, object>, NS extends string> = <K extends KeyIn<R, NS>>(key: K, ...params: ParamsArg<ParamsOf<R, NS, K>>) => string

/**
 * Words by key over a namespace's speaker, for the pages that show many of a namespace's messages
 * (the header, the workspace panel, the sign-in page). The catalog stays one function per code.
 */
export function wordsIn<R extends Reason<string, object>, NS extends string>(namespace: NS, speak: Speaker<R>, locale: Locale): Words<R, NS> {
  return (key, ...params) => speak(locale, { code: `${namespace}.${key}`, params: params[0] ?? {} } as unknown as R)
}
