import type { Breach } from '../lib/evaluate'
import { say } from '../lib/i18n'
import { sayBreach } from './say-breach'

/**
 * What `archdeck check --json` prints: every breach with its code and facts, so a CI gate can match
 * on `code` (design.no-image-pull-path and the other design.* codes, cost.breach.budget,
 * cost.breach.sla, cost.breach.security) and, for a security breach, on the finding's own code;
 * `message` keeps the English the text output prints.
 */
export function toCheckJson(label: string, breaches: readonly Breach[]) {
  return {
    scenario: label,
    ok: breaches.length === 0,
    breaches: breaches.map((breach) => ({
      kind: breach.kind,
      code: breach.message.code,
      params: breach.message.params,
      message: breach.kind === 'design' ? sayBreach(breach) : sayBreach({ ...breach, finding: undefined }),
      ...(breach.kind !== 'design' && breach.finding ? { finding: { code: breach.finding.code, params: breach.finding.params, message: say('en', breach.finding) } } : {}),
    })),
  }
}
