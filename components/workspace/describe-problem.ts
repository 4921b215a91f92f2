import type { Locale } from '@/lib/i18n/locale'
import { sayModel } from '@/lib/i18n/catalog/say-model'
import { knowsServerReason, sayServer } from '@/lib/i18n/catalog/say-server'
import { summariseIssues } from '@/lib/model'
import { ApiError } from './api-client'
import type { WorkspaceWords } from './use-workspace-words'

/**
 * Why a request failed, in the reader's words: the panel's own sentence when the server could not
 * be reached or answered without one; the server's refusal worded from its code (a refused input's
 * field errors worded again, each from its own code); the server's English only when it sent no code.
 */
export function describeProblem(w: WorkspaceWords, locale: Locale, error: Error): string {
  if (!(error instanceof ApiError)) return error.message
  if (!error.fromServer) return error.status === 0 ? w('unreachable') : w('serverAnswered', { status: error.status })
  const reason = error.reason
  if (!reason || !knowsServerReason(reason)) return error.message
  if (reason.code !== 'server.invalid') return sayServer(locale, reason)
  const fields = error.fieldErrors.map((f) => ({ path: f.path, message: f.reason ? sayModel(locale, f.reason) : f.message }))
  return sayServer(locale, { code: 'server.invalid', params: { what: reason.params.what, summary: fields.length > 0 ? summariseIssues(fields) : reason.params.summary } })
}
