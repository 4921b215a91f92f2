import type { Scenario } from './scenario'
import { fieldError, type FieldError } from './parse-errors'
import { parseScenario, type ParseResult } from './parse-scenario'

/**
 * A scenario travels in a URL as base64url-encoded JSON, so a link reproduces the view without a
 * server. Decoding migrates and validates it like any other input, so a link made by an older
 * ArchDeck still opens.
 */
export function encodeScenarioParam(scenario: Scenario): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Longest URL ArchDeck builds, whole (path and query; the address bar's with its origin): Node's
 * HTTP server refuses a request whose line and headers pass 16 KB (431), and proxies, chat apps and
 * mail clients cut shorter ones. A design whose link would be longer travels as a snapshot id
 * (`?snap=`, docs/decisions/017).
 */
export const MAX_URL_CHARS = 8_000

const UNREADABLE = fieldError('(link)', { code: 'model.link-unreadable', params: {} })

/** The JSON a link carries, or undefined when it is not base64url-encoded UTF-8 JSON. */
function decodeLinkJson(param: string): { json: unknown } | undefined {
  try {
    const base64 = param.replace(/-/g, '+').replace(/_/g, '/')
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    return { json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) }
  } catch {
    return undefined
  }
}

export function decodeScenarioParam(param: string): ParseResult<Scenario> {
  const decoded = decodeLinkJson(param)
  if (!decoded) return { ok: false, errors: [UNREADABLE] }
  return parseScenario(decoded.json)
}

export type LinkCheck = { ok: true; value: Scenario } | { ok: false; errors: FieldError[]; overLimits: boolean }

/**
 * Like decodeScenarioParam, and also says whether the link was refused for asking more than
 * ArchDeck evaluates (a number, a list or the design's size over its limit) rather than for being
 * broken: pages answer the first with 422 before any engine runs (docs/decisions/011).
 * Example: a link with scheduledPeakCount 2e9 → { ok: false, overLimits: true, errors: [{ path:
 * 'config.services[0].scaling.scheduledPeakCount', message: 'must be at most 500' }] }.
 */
export function checkScenarioLink(param: string): LinkCheck {
  const decoded = decodeLinkJson(param)
  if (!decoded) return { ok: false, errors: [UNREADABLE], overLimits: false }
  const parsed = parseScenario(decoded.json)
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors, overLimits: parsed.overLimits }
}
