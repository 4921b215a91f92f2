/**
 * Finds words on a rendered page that did not come from a catalog. Rendered with the pseudo-locale
 * (lib/i18n/catalog/pseudo.ts), every catalog word is accented, so a plain ASCII letter is either
 * data that is never translated (see allowed-words.ts) or a leak.
 */

/** One piece of text a reader meets, and where: "dashboard › kpi-budget-explain › td"; `code` when set in code type. */
export type Seen = { where: string; text: string; code?: boolean }

/**
 * What may stay as it is: patterns (typed names, publishers' titles, identifiers), then single words
 * (units), and ids shown as ids: the whole text of a <code> element ("subnet:public-a").
 */
export type Allowed = { patterns: readonly RegExp[]; words: ReadonlySet<string>; codeIds: ReadonlySet<string> }

/** A string with the words in it that no catalog produced. */
export type Leak = Seen & { words: string[] }

/** The attributes a reader hears or sees besides the text: accessible names, tooltips, hints. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'] as const

/** Ancestors that name a place well enough for someone to find the string. */
const LANDMARK = 'header,aside[aria-label],[role="tablist"],[data-testid],[data-slide],[data-stakeholder],[data-scenario],[data-line],[role="dialog"],[role="tabpanel"],[role="region"],section[aria-label],[id]'

/**
 * A library's credit to its authors, kept as they wrote it (React Flow asks for its attribution
 * link unless a Pro subscription removes it): a name, not ArchDeck's text.
 */
const THIRD_PARTY_CREDIT = '.react-flow__attribution'

/** Every text node and read attribute under `root`, each with where it sits. */
export function collectSeen(root: Element, area: string): Seen[] {
  const seen: Seen[] = []
  const doc = root.ownerDocument
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    // A chart label wraps a long name over several <tspan> lines: it is read as one <text>, below.
    if (!parent || parent.closest(`script,style,text,${THIRD_PARTY_CREDIT}`)) continue
    const text = node.textContent?.trim()
    if (text) seen.push({ where: describePlace(parent, area), text, code: parent.closest('code,kbd,samp') !== null })
  }
  for (const label of root.querySelectorAll('text')) {
    const lines = [...label.querySelectorAll('tspan')].map((line) => line.textContent?.trim() ?? '')
    const text = (lines.length > 0 ? lines.join(' ') : (label.textContent ?? '')).replace(/\s+/g, ' ').trim()
    if (text) seen.push({ where: describePlace(label, area), text })
  }
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (element.closest(THIRD_PARTY_CREDIT)) continue
    for (const name of READ_ATTRIBUTES) {
      const text = element.getAttribute(name)?.trim()
      if (text) seen.push({ where: `${describePlace(element, area)}@${name}`, text })
    }
    // A button drawn by <input> says its value.
    if (element.matches('input[type="button"],input[type="submit"],input[type="reset"]')) {
      const text = element.getAttribute('value')?.trim()
      if (text) seen.push({ where: `${describePlace(element, area)}@value`, text })
    }
  }
  return seen
}

/** "area › nearest landmark › tag", e.g. "deck › slide finance › h2". */
function describePlace(element: Element, area: string): string {
  const landmark = element.parentElement?.closest(LANDMARK)
  return [area, landmark ? landmarkName(landmark) : null, element.tagName.toLowerCase()].filter(Boolean).join(' › ')
}

function landmarkName(element: Element): string {
  for (const name of ['data-testid', 'data-slide', 'data-stakeholder', 'data-scenario', 'data-line', 'id']) {
    const value = element.getAttribute(name)
    if (value) return `${element.tagName.toLowerCase()}[${name}=${value}]`
  }
  const role = element.getAttribute('role')
  const label = element.getAttribute('aria-label')
  return `${element.tagName.toLowerCase()}${role ? `[role=${role}]` : ''}${label ? `[aria-label=${label.slice(0, 40)}]` : ''}`
}

/** The plain ASCII words of `text` that neither data nor notation explains. */
export function foreignWords(text: string, allowed: Allowed): string[] {
  let rest = text
  for (const pattern of allowed.patterns) rest = rest.replace(pattern, ' ')
  // A word may carry digits ("p95", "EC2", "gp3"); one starting with a digit is a number and its unit ("5xx").
  return (rest.match(/(?<![0-9])[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((word) => !allowed.words.has(word))
}

/** Every seen string holding a foreign word. */
export function findLeaks(seen: readonly Seen[], allowed: Allowed): Leak[] {
  return seen.flatMap((s) => {
    if (s.code && allowed.codeIds.has(s.text)) return []
    const words = foreignWords(s.text, allowed)
    return words.length > 0 ? [{ ...s, words }] : []
  })
}

/** How many catalog messages a page shows: a blank or broken render shows none. */
export function countPseudoMessages(seen: readonly Seen[]): number {
  return seen.reduce((n, s) => n + (s.text.match(/\[[^\]]*[\u00c0-\u02af\u1e00-\u1eff]/g)?.length ?? 0), 0)
}

/**
 * One line per leak, for a failure message someone can act on. A string met again in another state
 * of the same place ("topology (overlay nat-loss)" after "topology (plain)") is listed once, where it
 * was first met.
 */
export function describeLeaks(leaks: readonly Leak[]): string {
  const firstMet = new Map<string, Leak>()
  for (const leak of leaks) {
    const key = `${withoutStates(leak.where)}|${leak.text}`
    if (!firstMet.has(key)) firstMet.set(key, leak)
  }
  return [...firstMet.values()].map((l) => `${l.where}: "${clip(l.text)}" → ${[...new Set(l.words)].join(' ')}`).join('\n')
}

/** "topology (search "API (t4g.medium)") › span" → "topology › span": states in parentheses, nested ones too, dropped. */
function withoutStates(where: string): string {
  let previous = ''
  for (let rest = where; rest !== previous; rest = rest.replace(/\s*\([^()]*\)/g, '')) previous = rest
  return previous
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat
}
