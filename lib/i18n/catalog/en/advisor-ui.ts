import type { AdviceGoal } from '../../../advise/types'
import { plural } from '../../plural'
import type { AdvisorFigure, AdvisorState, AdvisorUiReason } from '../advisor-ui-reasons'
import type { Messages } from '../define'

const GOAL: Record<AdviceGoal, string> = { budget: 'budget', sla: 'SLA', recovery: 'recovery', security: 'security' }
const STATE: Record<AdvisorState, string> = {
  idle: 'Waiting to start',
  running: 'Examining designs…',
  done: 'Done',
  error: 'The advisor could not finish. Change a goal to ask again.',
}
const FIGURE: Record<AdvisorFigure, string> = { cost: 'Monthly cost', coverage: 'Recovery coverage', p95: 'p95 at peak' }
const COLUMN = { rank: '#', cost: 'Monthly cost', coverage: 'Coverage', p95: 'p95 at peak', changes: 'Changes', goals: 'Goals', preview: 'Preview' } as const

/** The Advisor tab in English: "284 designs examined in 316 ms". */
export const advisorUi: Messages<AdvisorUiReason> = {
  'advisor-ui.title': () => 'Advisor',
  'advisor-ui.question': () => 'What is the cheapest design that meets every goal?',
  'advisor-ui.goals.title': () => 'Goals',
  'advisor-ui.goals.budget': () => 'Monthly budget (KRW)',
  'advisor-ui.goals.peak-budget': ({ peak }) => `Budget for the ${peak} month (KRW)`,
  'advisor-ui.goals.sla': () => 'p95 within (ms), typical day and peak',
  'advisor-ui.goals.coverage': () => 'Minimum recovery coverage (%)',
  'advisor-ui.goals.max-rto': () => 'Longest recovery, any failure (RTO, min)',
  'advisor-ui.goals.max-rpo': () => 'Most data lost, any failure (RPO, min)',
  'advisor-ui.goals.no-bound': () => 'no bound',
  'advisor-ui.goals.must-be-auto': () => 'Must recover by itself',
  'advisor-ui.goals.no-high': () => 'No high security finding',
  'advisor-ui.goals.reset': () => 'Back to the requirements',
  'advisor-ui.status': ({ state }) => STATE[state],
  'advisor-ui.status.done': ({ examined, elapsed }) => `${plural('en', examined, { one: '1 design', other: `${examined} designs` })} examined in ${elapsed}`,
  'advisor-ui.status.no-worker': () => 'The advisor cannot run in this browser: it needs web workers.',
  'advisor-ui.fixed.title': () => 'Left as drawn',
  'advisor-ui.fixed.item': ({ lever, why }) => `${lever}: ${why}`,
  'advisor-ui.frontier.title': () => 'Trade-off frontier',
  'advisor-ui.frontier.subtitle': () => 'Each point is a design no other examined design beats on cost, recovery coverage and p95 at once.',
  'advisor-ui.frontier.summary': ({ count, cheapest, dearest }) =>
    `${plural('en', count, { one: '1 design', other: `${count} designs` })} on the frontier, from ${cheapest} to ${dearest} a month, against recovery coverage.`,
  'advisor-ui.frontier.empty': () => 'No design on the frontier yet.',
  'advisor-ui.axis.cost': () => 'Monthly cost (KRW)',
  'advisor-ui.axis.coverage': () => 'Recovery coverage (%)',
  'advisor-ui.legend.within-sla': () => 'p95 within the SLA (circle)',
  'advisor-ui.legend.over-sla': () => 'p95 over the SLA (triangle)',
  'advisor-ui.legend.current': () => 'Current design (diamond)',
  'advisor-ui.legend.previewed': () => 'Previewed (ring)',
  'advisor-ui.tip.cost': ({ krw, usd }) => `Monthly cost: ${krw} (${usd})`,
  'advisor-ui.tip.coverage': ({ coverage }) => `Recovery coverage: ${coverage}`,
  'advisor-ui.tip.p95': ({ p95 }) => `p95 at peak: ${p95}`,
  'advisor-ui.tip.changes': ({ count }) => (count === 0 ? 'No change' : plural('en', count, { one: '1 change', other: `${count} changes` })),
  'advisor-ui.tip.current': () => 'Current design',
  'advisor-ui.table.caption': () => 'The frontier, cheapest first',
  'advisor-ui.column': ({ column }) => COLUMN[column],
  'advisor-ui.meets-all': () => 'meets all',
  'advisor-ui.goal': ({ goal }) => GOAL[goal],
  'advisor-ui.preview-button': ({ rank }) => `Preview design ${rank}`,
  'advisor-ui.preview-closest-button': ({ rank }) => `Preview closest design ${rank}`,
  'advisor-ui.closest.caption': () => 'The closest designs, nearest first, and the goals each misses',
  'advisor-ui.previewing': () => 'Shown below',
  'advisor-ui.answer.best': ({ krw }) => `The cheapest design that meets every goal costs ${krw} a month.`,
  'advisor-ui.answer.none-meets': ({ closest }) =>
    `No design meets every goal. ${closest === 0 ? 'None came close.' : plural('en', closest, { one: 'The closest design and what it misses:', other: `The closest ${closest} designs and what each misses:` })}`,
  'advisor-ui.answer.closest-title': () => 'Closest designs',
  'advisor-ui.preview.title.best': () => 'Best design: the cheapest that meets every goal',
  'advisor-ui.preview.title.frontier': ({ rank }) => `Design ${rank} on the frontier`,
  'advisor-ui.preview.title.closest': ({ rank }) => `Closest design ${rank}`,
  'advisor-ui.preview.figure': ({ figure }) => FIGURE[figure],
  'advisor-ui.preview.this-design': () => 'This design',
  'advisor-ui.preview.current-design': () => 'Current design',
  'advisor-ui.preview.difference': () => 'Difference',
  'advisor-ui.preview.same': () => 'same',
  'advisor-ui.delta.coverage': ({ delta }) => `${delta} points`,
  'advisor-ui.preview.goals': () => 'Goals',
  'advisor-ui.preview.meets': ({ goal }) => `Meets the ${GOAL[goal]} goal`,
  'advisor-ui.preview.misses': ({ goal, by }) => `Misses the ${GOAL[goal]} goal: ${by}`,
  'advisor-ui.preview.changes': () => 'Changes against the current design',
  'advisor-ui.preview.no-changes': () => 'No change: the design as it is.',
  'advisor-ui.preview.change': ({ label, from, to, effects }) => `${label}${from || to ? `: ${from} → ${to}` : ''}${effects.length ? `, ${effects.join(', ')}` : ''}`,
  'advisor-ui.preview.lower-bound': () => 'at least: some prices are unknown',
  'advisor-ui.apply': () => 'Apply',
  'advisor-ui.apply-hint': () => 'Adopts this design as one step you can undo.',
}
