import { server as en } from './en/server'
import { server as ko } from './ko/server'
import type { ServerReason } from './server-reasons'
import { speaker } from './speaker'

/** The workspace server's refusals, in the reader's language (the panel) or English (the JSON's `error`). */
export const sayServer = speaker<ServerReason>({ en, ko })

/** True for a code this build can word: an answer from a newer server may carry one it cannot. */
export function knowsServerReason(reason: { code: string }): reason is ServerReason {
  return Object.hasOwn(en, reason.code)
}

/** A refusal given as English or as a code: its English (the API's `error`) and the code, if any. */
export function refusalOf(messageOrReason: string | ServerReason): { message: string; reason: ServerReason | null } {
  return typeof messageOrReason === 'string' ? { message: messageOrReason, reason: null } : { message: sayServer('en', messageOrReason), reason: messageOrReason }
}
