import type { Scenario } from './scenario'
import { parseScenario, type ParseResult } from './parse-scenario'

/**
 * A scenario travels in a URL as base64url-encoded JSON, so a link reproduces the view without a
 * server. Decoding goes through the schema like any other input.
 */
export function encodeScenarioParam(scenario: Scenario): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function decodeScenarioParam(param: string): ParseResult<Scenario> {
  let json: unknown
  try {
    const base64 = param.replace(/-/g, '+').replace(/_/g, '/')
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return { ok: false, errors: [{ path: '(link)', message: 'is not an ArchDeck scenario link (it could not be decoded)' }] }
  }
  return parseScenario(json)
}
