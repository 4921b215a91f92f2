/**
 * Which Host names ArchDeck answers to. A page on attacker.example can make its own name resolve to
 * 127.0.0.1 after loading (DNS rebinding); the browser then treats our loopback server as that
 * page's origin, but still sends `Host: attacker.example`. Answering only to names we know closes
 * that door: loopback names always, anything else only when the operator lists it.
 *
 * No imports: proxy.ts calls it on every request, and the test needs no Next.js.
 */

/** Loopback names, on any port. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]']

/** One allowed name: `archdeck.internal` (any port) or `archdeck.internal:8443` (that port only). */
export type AllowedHost = { hostname: string; port: string | null }

/**
 * `ARCHDECK_ALLOWED_HOSTS`, comma-separated, e.g. `archdeck.internal, 10.0.0.5:3000`. Entries are
 * case-insensitive; blanks are ignored.
 */
export function readAllowedHosts(setting: string | undefined): AllowedHost[] {
  const extra = (setting ?? '')
    .split(',')
    .map((entry) => splitHost(entry.trim()))
    .filter((entry): entry is AllowedHost => entry !== null && entry.hostname !== '')
  return [...LOOPBACK_HOSTS.map((hostname) => ({ hostname, port: null })), ...extra]
}

/**
 * Whether a request's Host header names this server, e.g.
 * `isAllowedHost('127.0.0.1:3100', hosts)` → true, `isAllowedHost('attacker.example', hosts)` → false.
 * A missing or malformed header is refused.
 */
export function isAllowedHost(hostHeader: string | null | undefined, allowed: readonly AllowedHost[]): boolean {
  const host = splitHost((hostHeader ?? '').trim())
  if (!host || host.hostname === '') return false
  return allowed.some((entry) => entry.hostname === host.hostname && (entry.port === null || entry.port === host.port))
}

/** `Example.COM:80` → { hostname: 'example.com', port: '80' }; `[::1]:3000` → { hostname: '[::1]', port: '3000' }; null when not a host. */
export function splitHost(text: string): AllowedHost | null {
  // A trailing dot names the same host ("localhost."), so it must not slip past the list either way.
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]*)(?::(\d{1,5}))?$/i.exec(text)
  if (!match) return null
  return { hostname: match[1]!.toLowerCase().replace(/\.$/, ''), port: match[2] ?? null }
}

/** The whole answer to a refused Host: nothing about the app, only what the operator can do. */
export const MISDIRECTED_TEXT = 'Misdirected request: this ArchDeck does not answer to that host name (see ARCHDECK_ALLOWED_HOSTS).\n'
