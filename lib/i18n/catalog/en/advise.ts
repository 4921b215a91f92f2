import type { AdviceReason, LeverId } from '../../../advise/advise-reasons'
import type { ScenarioId } from '../../../recovery/scenario-ids'
import { formatDuration, formatKrw, formatNumber, formatPercent } from '../../format'
import { plural } from '../../plural'
import type { Messages } from '../define'
import { recoveryTitles } from './recovery-titles'

const LEVER: Record<LeverId, string> = {
  tasks: 'Tasks per service',
  'task-size': 'Fargate task size',
  nat: 'NAT',
  'db-multi-az': 'Database Multi-AZ',
  'db-class': 'Database class',
  'db-replicas': 'Read replicas',
  cache: 'Cache',
  purchase: 'Purchase option',
  'spot-share': 'Spot share',
  'db-insights': 'Database Insights',
  'admin-access': 'Bastion or Session Manager',
  'az-count': 'Availability zones',
}

const title = (scenario: ScenarioId) => recoveryTitles[`recovery.title.${scenario}`]({})

/** "Availability zone outage: RTO 60 minutes, 45 minutes over the RTO goal" / "Region outage: RTO unbounded". */
const timeMiss = (what: 'RTO' | 'RPO', { scenario, minutes, overByMinutes }: { scenario: ScenarioId; minutes: number | null; overByMinutes: number }) =>
  minutes === null
    ? `${title(scenario)}: ${what} unbounded`
    : `${title(scenario)}: ${what} ${formatDuration(minutes, 'en')}, ${formatDuration(overByMinutes, 'en')} over the ${what} goal`

/** The advisor's reasons in English: why a lever stays as drawn, and how far a design misses a goal. */
export const advise: Messages<AdviceReason> = {
  'advise.lever': ({ lever }) => LEVER[lever],
  'advise.fixed.no-cache': () => 'The design has no cache to remove.',
  'advise.fixed.no-ec2': () => 'No service runs on EC2, so there is no Spot share to set.',
  'advise.fixed.no-fargate': () => 'No service runs on Fargate, so there is no task size to change.',
  'advise.fixed.admin-access-policy': ({ policy }) => `The security policy requires ${policy === 'bastion' ? 'a bastion host' : 'Session Manager'} for admin access.`,
  'advise.miss.budget': ({ overByKrw }) => `${formatKrw(overByKrw, 'en')} a month over the budget`,
  'advise.miss.peak-budget': ({ overByKrw }) => `${formatKrw(overByKrw, 'en')} over the budget in the peak month`,
  'advise.miss.rto': (p) => timeMiss('RTO', p),
  'advise.miss.rpo': (p) => timeMiss('RPO', p),
  'advise.miss.sla': ({ overByMs }) => (Number.isFinite(overByMs) ? `p95 ${formatNumber(overByMs, 'en', 1)} ms over the SLA` : 'a service cannot keep up with the peak'),
  'advise.miss.recovery': ({ shortBy }) => `recovery coverage ${formatPercent(shortBy)} short of the goal`,
  'advise.miss.security': ({ highFindings }) => plural('en', highFindings, { one: '1 high security finding', other: `${highFindings} high security findings` }),
}
