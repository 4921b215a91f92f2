import type { Reason } from '../../explain/reason'

/**
 * What the workspace server answers when it refuses or fails, as codes the panel words in the
 * reader's language; the JSON's `error` keeps the English sentence for API clients and logs.
 * Keys of the `server` namespace; lib/i18n/catalog/<language>/server.ts words them.
 */
type Server<Code extends string, Params extends object = Record<string, never>> = Reason<`server.${Code}`, Params>

export type StorageFailureKind = 'locked' | 'damaged' | 'newer'

/** What a refused input was: the thing whose fields the field errors name. */
export type RefusedInput = 'scenario' | 'workspace-name' | 'scenario-name' | 'save' | 'decision' | 'share-version' | 'restore-version' | 'request'

export type ServerReason =
  | Server<'failed'>
  | Server<'storage', { failure: StorageFailureKind }>
  | Server<'cross-site'>
  | Server<'write-limit-misconfigured'>
  | Server<'rate-limited', { seconds: number }>
  | Server<'bad-path-id'>
  | Server<'no-workspace', { id: string }>
  | Server<'no-scenario', { id: string }>
  | Server<'scenario-missing', { id: string }>
  | Server<'no-version', { name: string; version: number }>
  | Server<'not-a-version', { param: string }>
  | Server<'no-share-version', { version: number; scenarioId: string }>
  | Server<'name-taken', { name: string }>
  | Server<'save-id-used'>
  | Server<'invalid', { what: RefusedInput; summary: string }>
