/**
 * The soak's HTTP calls. Every failure is an answer, never a throw: a request whose connection
 * died with the server is `answered: false`, and the caller decides whether it may be retried.
 */

export type ApiAnswer =
  | { answered: true; status: number; body: Record<string, unknown> }
  /** `refused`: the server was not listening, so the request certainly did nothing. */
  | { answered: false; refused: boolean; reason: string }

const REQUEST_TIMEOUT_MS = 20_000

export type ApiClient = { call: (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<ApiAnswer> }

export function createApiClient(baseUrl: string): ApiClient {
  return {
    async call(method, path, body) {
      try {
        const response = await fetch(`${baseUrl}${path}`, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        })
        const text = await response.text()
        let parsed: unknown = null
        try {
          parsed = text ? JSON.parse(text) : null
        } catch {
          parsed = { error: text.slice(0, 200) }
        }
        const record = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
        return { answered: true, status: response.status, body: record }
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        return { answered: false, refused: cause?.code === 'ECONNREFUSED', reason: cause?.code ?? cause?.message ?? (error as Error).message }
      }
    },
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
