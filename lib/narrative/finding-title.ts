import { say, type Locale } from '../i18n'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import type { Finding } from '../security'
import { PLAIN_FINDING_KINDS, type PlainFindingKind } from '../i18n/catalog/narrative-reasons'

/** The kind is the part of the finding id before the first colon ('sg-world-ssh:bastion-sg' → 'sg-world-ssh'). */
function plainKind(findingId: string): PlainFindingKind | null {
  const kind = findingId.split(':')[0] ?? findingId
  return (PLAIN_FINDING_KINDS as readonly string[]).includes(kind) ? (kind as PlainFindingKind) : null
}

/**
 * A security finding in a sentence a CFO can follow. An unknown kind falls back to the engine's own
 * message in the same language, so a new rule is never silently dropped.
 */
export function describeFinding(finding: Finding, locale: Locale): string {
  const kind = plainKind(finding.id)
  return kind ? sayNarrative(locale, { code: 'narrative.finding-title', params: { kind } }) : say(locale, finding.message)
}

/** Whether a finding kind has plain words (tests use it to catch a new rule without them). */
export function hasPlainTitle(findingId: string): boolean {
  return plainKind(findingId) !== null
}
