import type { Stakeholder } from '../../../stakeholders/stakeholders'
import { plural } from '../../plural'
import type { CompareUiReason } from '../compare-ui-reasons'
import type { Messages } from '../define'

const STAKEHOLDER: Record<Stakeholder, { name: string; question: string }> = {
  ops: { name: 'Ops', question: 'Which failures recover by themselves?' },
  business: { name: 'Business', question: 'Is the peak carried, with room to spare?' },
  security: { name: 'Security', question: 'Fewest findings, high first?' },
  finance: { name: 'Finance', question: 'Lowest fully priced monthly cost?' },
  cto: { name: 'CTO', question: 'Lowest p95 at the peak within the SLA?' },
}
const SEVERITY = { high: 'high', medium: 'medium', low: 'low' } as const

/** The compare page's own words in English (the comparison's reasons are in compare.ts). */
export const compareUi: Messages<CompareUiReason> = {
  'compare-ui.tab-title': () => 'Compare plans — ArchDeck',
  'compare-ui.page-title': () => 'Compare plans',
  'compare-ui.back-to-dashboard': () => 'Dashboard',
  'compare-ui.subtitle': (p) => `${p.plans} plans side by side, every figure from the same engines as the dashboard (price catalog compiled ${p.compiled}).`,
  'compare-ui.language': () => 'Language',

  'compare-ui.picker.title': () => 'Plans in this comparison',
  'compare-ui.picker.hint': () => 'Pick two to four. Presets are listed by seed; links from the dashboard come in as scenario links.',
  'compare-ui.picker.full': () => 'Four plans are in the comparison: remove one to add another.',
  'compare-ui.picker.add': (p) => `Add: ${p.name}`,
  'compare-ui.picker.remove': (p) => `Remove: ${p.name}`,
  'compare-ui.picker.min-reached': () => 'At least two plans stay in the comparison',
  'compare-ui.picker.max-reached': () => 'Four plans at most: remove one first',
  'compare-ui.picker.link': (p) => `Scenario link ${p.position}`,
  'compare-ui.picker.link-name': (p) => `Scenario link ${p.position}: ${p.name}`,
  'compare-ui.picker.remove-link': (p) => `Remove: Scenario link ${p.position} (${p.name})`,

  'compare-ui.notices.title': () => 'Some entries were left out',
  'compare-ui.notices.unknown-preset': (p) => `There is no preset "${p.id}"; it was left out.`,
  'compare-ui.notices.bad-link': (p) =>
    `Scenario link ${p.position} was left out: ${p.message === null ? 'it is not a valid scenario' : p.path === null ? `it ${p.message}` : `${p.path}: ${p.message}`}.`,
  'compare-ui.notices.missing-snapshot': (p) =>
    `Scenario link ${p.position} was left out: ${p.unavailable ? 'the store that keeps linked designs did not answer; try again in a moment' : 'it names a design this server does not have'}.`,
  'compare-ui.notices.duplicate': (p) => `${p.name} was listed twice; it is compared once.`,
  'compare-ui.notices.too-many': (p) => `At most ${p.max} plans can be compared; the first ${p.max} are shown.`,
  'compare-ui.notices.too-few': () => 'Pick at least two plans to compare.',

  'compare-ui.winners.title': () => 'Who wins what',
  'compare-ui.winners.subtitle': () => 'Each stakeholder’s pick, with the figures that decide it. A tie means the plans do not differ on that question.',
  'compare-ui.winners.tie': () => 'Tie: all plans',
  'compare-ui.winners.none': () => 'No plan qualifies',
  'compare-ui.winners.cannot-tell': () => 'Cannot tell',
  'compare-ui.winners.winner': () => 'Winner',
  'compare-ui.winners.why': () => 'Why',
  'compare-ui.winners.stakeholder': () => 'Stakeholder',
  'compare-ui.stakeholder.name': (p) => STAKEHOLDER[p.stakeholder].name,
  'compare-ui.stakeholder.question': (p) => STAKEHOLDER[p.stakeholder].question,
  'compare-ui.severity': (p) => SEVERITY[p.severity],
  'compare-ui.severity-count': (p) => `${SEVERITY[p.severity]} ${p.count}`,

  'compare-ui.cards.title': () => 'The plans at a glance',
  'compare-ui.cards.monthly': () => 'Monthly cost',
  'compare-ui.cards.at-least': () => 'at least',
  'compare-ui.cards.per-month': (p) => `${p.usd} a month`,
  'compare-ui.cards.unknown-lines': (p) => `${p.count} ${plural('en', p.count, { one: 'price', other: 'prices' })} unknown: a lower bound`,
  'compare-ui.cards.all-known': () => 'Every price known',
  'compare-ui.cards.budget': (p) => `Budget ${p.budget}`,
  'compare-ui.cards.within': (p) => `within by ${p.amount}`,
  'compare-ui.cards.within-so-far': (p) => `within so far, by ${p.amount}`,
  'compare-ui.cards.over': (p) => `over by ${p.amount}`,
  'compare-ui.cards.band': () => 'Band',
  'compare-ui.cards.min': () => 'Minimum',
  'compare-ui.cards.typical': () => 'Typical',
  'compare-ui.cards.peak-month': () => 'Peak month',
  'compare-ui.cards.recovery': () => 'Automatic recovery',
  'compare-ui.cards.auto-of': (p) => `${p.auto} of ${p.total} failures`,
  'compare-ui.cards.mode-count': (p) => `${p.mode} ${p.count}`,
  'compare-ui.cards.p95': () => 'Worst p95 at peak',
  'compare-ui.cards.sla-met': () => 'SLA met',
  'compare-ui.cards.sla-missed': () => 'SLA missed',
  'compare-ui.cards.findings': () => 'Security findings',
  'compare-ui.cards.wins': () => 'Wins for',
  'compare-ui.overloaded': () => 'overloaded',

  'compare-ui.cost.title': () => 'Monthly cost per plan',
  'compare-ui.cost.subtitle': (p) =>
    `The typical month and the month with the peak event, against the budget of ${p.budget}. A hatched cap marks lines without a known price: they are not counted, never shown as $0.`,
  'compare-ui.cost.typical': () => 'Typical month',
  'compare-ui.cost.peak-month': () => 'Month with the peak',
  'compare-ui.cost.peak-label': (p) => `peak ${p.amount}`,
  'compare-ui.cost.budget-line': (p) => `Budget ${p.budget}`,
  'compare-ui.cost.unknown': () => 'Unknown price (not counted)',
  'compare-ui.cost.unknown-marker': (p) => `+${p.count} unknown`,
  'compare-ui.cost.summary': (p) => `Monthly cost per plan: ${p.parts}. Budget ${p.budget}.`,

  'compare-ui.stack.title': () => 'Cost by component',
  'compare-ui.stack.subtitle': () => 'Where each plan’s money goes. Hatched: components with a line whose price is unknown.',
  'compare-ui.stack.unknown': () => 'Has unknown prices',
  'compare-ui.stack.plus-unknown': () => '+ unknown',
  'compare-ui.stack.summary': (p) => `Cost by component: ${p.parts}.`,

  'compare-ui.lines.title': () => 'Cost lines',
  'compare-ui.lines.subtitle': () => 'Every billed line, aligned by id. “unknown” = the plan has the line but its price is not known; “—” = the plan does not have it.',
  'compare-ui.lines.line': () => 'Line',
  'compare-ui.lines.unknown': () => 'unknown',
  'compare-ui.lines.absent-label': () => 'not in this plan',
  'compare-ui.lines.total': () => 'Total a month',

  'compare-ui.recovery.title': () => 'Recovery per failure scenario',
  'compare-ui.recovery.subtitle': (p) =>
    `auto = AWS recovers without a person; partial = some of it; manual = someone must act. Times are RTO; the objective is RTO ≤ ${p.rtoMinutes} min, RPO ≤ ${p.rpoMinutes} min.`,
  'compare-ui.recovery.scenario': () => 'Failure scenario',
  'compare-ui.recovery.differs': () => 'plans differ',
  'compare-ui.recovery.automatic': () => 'Recovered automatically',
  'compare-ui.recovery.unbounded': () => 'unbounded',

  'compare-ui.latency.title': () => 'p95 against the SLA',
  'compare-ui.latency.subtitle': () => 'The slowest service of each plan, at the busiest daily band and at the peak event.',
  'compare-ui.latency.typical': () => 'Worst p95, busiest daily band',
  'compare-ui.latency.peak': () => 'Worst p95 at the peak',
  'compare-ui.latency.axis': () => 'p95 (ms)',
  'compare-ui.latency.sla': (p) => `SLA ${p.ms}`,
  'compare-ui.latency.per-service': () => 'p95 at the peak per service',
  'compare-ui.latency.service': () => 'Service',
  'compare-ui.latency.summary': (p) => `Worst p95 per plan: ${p.parts}. SLA ${p.sla}.`,
  'compare-ui.latency.not-in-plan': () => 'not in plan',

  'compare-ui.findings.title': () => 'Security findings',
  'compare-ui.findings.subtitle': () => 'Counted by severity; open a plan for the list.',
  'compare-ui.findings.list': (p) => `Findings: ${p.name} (${p.count})`,
  'compare-ui.findings.none': () => 'No findings',
  'compare-ui.findings.summary': (p) => `Security findings per plan: ${p.parts}.`,

  'compare-ui.diff.title': () => 'What changes between plans',
  'compare-ui.diff.subtitle': () =>
    'Each change is applied alone to the earlier plan and evaluated by the engines: its cost, and the failures, latency and findings it moves.',
  'compare-ui.diff.consecutive': () => 'Each plan against the one before',
  'compare-ui.diff.against-first': () => 'Each plan against the first',
  'compare-ui.diff.change': () => 'Change',
  'compare-ui.diff.from': () => 'From',
  'compare-ui.diff.to': () => 'To',
  'compare-ui.diff.effect': () => 'Effect on its own',
  'compare-ui.diff.same': () => 'The two plans are the same design.',
  'compare-ui.diff.caption': (p) => `${p.from} → ${p.to}`,
  'compare-ui.diff.fields': (p) => `${p.fields.join(', ')}${p.more ? ' …' : ''}`,
}
