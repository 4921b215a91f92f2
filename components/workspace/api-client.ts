import type { ServerReason } from '@/lib/i18n/catalog/server-reasons'
import type { FieldError } from '@/lib/model'
import type { SaveConflict } from '@/server/workspaces/types'

/** A refusal or failure of the workspace API, with what the server said. */
export class ApiError extends Error {
  readonly status: number
  readonly fieldErrors: FieldError[]
  readonly conflict: SaveConflict | null
  /** False when the server sent no sentence (or was not reached): the page words the status itself. */
  readonly fromServer: boolean
  /** The server's refusal as a code, when it sent one: the panel words it in the reader's language. */
  readonly reason: ServerReason | null
  constructor(status: number, message: string, fieldErrors: FieldError[] = [], conflict: SaveConflict | null = null, fromServer = true, reason: ServerReason | null = null) {
    super(message)
    this.name = 'ApiError'
    this.fromServer = fromServer
    this.reason = reason
    this.status = status
    this.fieldErrors = fieldErrors
    this.conflict = conflict
  }
}

/** Worth another try: the network failed (status 0), the server failed (5xx), or it asked to wait. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500
}

/** Sends JSON and returns the JSON answer; anything but 2xx becomes an ApiError with the server's sentence. */
export async function requestJson<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
    })
  } catch {
    throw new ApiError(0, 'The server could not be reached.', [], null, false)
  }
  const data = (await response.json().catch(() => null)) as { error?: unknown; fieldErrors?: FieldError[]; conflict?: SaveConflict; reason?: ServerReason } | null
  if (!response.ok) {
    const said = typeof data?.error === 'string'
    throw new ApiError(response.status, said ? (data.error as string) : `The server answered ${response.status}.`, data?.fieldErrors ?? [], data?.conflict ?? null, said, said ? (data.reason ?? null) : null)
  }
  return data as T
}

/** Paths of the workspace API (app/api/workspaces/…), in one place. */
export const apiPaths = {
  workspaces: () => '/api/workspaces',
  workspace: (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`,
  scenarios: (workspaceId: string) => `${apiPaths.workspace(workspaceId)}/scenarios`,
  versions: (workspaceId: string, scenarioId: string) => `${apiPaths.scenarios(workspaceId)}/${encodeURIComponent(scenarioId)}/versions`,
  version: (workspaceId: string, scenarioId: string, version: number) => `${apiPaths.versions(workspaceId, scenarioId)}/${version}`,
  restore: (workspaceId: string, scenarioId: string, version: number) => `${apiPaths.version(workspaceId, scenarioId, version)}/restore`,
  decisions: (workspaceId: string) => `${apiPaths.workspace(workspaceId)}/decisions`,
  share: () => '/api/share',
}
