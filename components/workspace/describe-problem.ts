import { ApiError } from './api-client'
import type { WorkspaceWords } from './use-workspace-words'

/**
 * Why a request failed, in the reader's words where the panel itself knows (the server could not
 * be reached, or answered without a sentence); otherwise the server's own sentence.
 */
export function describeProblem(w: WorkspaceWords, error: Error): string {
  if (!(error instanceof ApiError) || error.fromServer) return error.message
  return error.status === 0 ? w('unreachable') : w('serverAnswered', { status: error.status })
}
