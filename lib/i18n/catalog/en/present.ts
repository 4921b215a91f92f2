import type { CostComponent } from '../../../cost'
import type { RecoveryMode } from '../../../recovery/scenario-ids'
import { formatDuration, formatMs, formatNumber, formatWon } from '../../format'
import { plural } from '../../plural'
import type { Messages } from '../define'
import type { PresentNoticeKind, PresentReason } from '../present-reasons'

/** The counts' labels on the Ops slide: what a non-technical audience calls each mode. */
const MODE: Record<RecoveryMode, string> = { auto: 'Fix themselves', partial: 'Partly', manual: 'Need a person' }

/** Legend labels stand alone, so they read "App servers" where a sentence says "the app servers". */
const COST_GROUP: Record<CostComponent | 'other', string> = {
  compute: 'App servers',
  database: 'Database',
  cache: 'Cache',
  network: 'Outbound internet link',
  'load-balancer': 'Load balancer',
  'admin-access': 'Admin server',
  edge: 'CDN and web firewall',
  monitoring: 'Monitoring',
  'data-transfer': 'Data sent to users',
  other: 'Other',
}

const NOTICE: Record<PresentNoticeKind, { title: string; body: string }> = {
  'broken-link': { title: 'This presentation link is broken', body: 'The scenario in the link could not be read, so there is nothing to present.' },
  'over-limits': {
    title: 'This link asks for more than ArchDeck evaluates',
    body: 'Every number of a design has a limit, so that one evaluation stays fast for everyone using this server. The link was not evaluated.',
  },
  'unknown-preset': { title: 'This preset does not exist', body: 'The link names a preset ArchDeck does not know.' },
  'share-not-found': { title: 'This share link does not exist or was removed', body: 'Ask whoever sent it for a new link to the version they meant to share.' },
  'share-unavailable': { title: 'This shared version cannot be shown right now', body: 'The workspace store did not answer. Try again in a moment.' },
  'snapshot-not-found': { title: 'This presentation link names a design this server does not have', body: 'The link points to a stored copy of a design that is not here. Ask whoever sent it to open Present again and send the new link.' },
  'snapshot-unavailable': { title: 'This design cannot be shown right now', body: 'The store that keeps linked designs did not answer. Try again in a moment.' },
}

const VERDICT = { good: 'OK', warn: 'worth watching', bad: 'needs a decision' } as const

const slideOf = (position: number, count: number) => `Slide ${position} of ${count}`

/** The deck's own words in English; the narrative supplies its sentences. */
export const present: Messages<PresentReason> = {
  'present.deck': () => 'Presentation',
  'present.next': () => 'Next slide',
  'present.previous': () => 'Previous slide',
  'present.exit': () => 'Exit',
  'present.exit-key': () => 'Esc',
  'present.download': () => 'Download report (Markdown)',
  'present.print': () => 'Print / PDF',
  'present.offer-language': () => 'English',
  'present.offer-language-label': () => 'Switch to English',
  'present.read-only': () => 'Read-only shared version',
  'present.open-dashboard': () => 'Open in dashboard',
  'present.keys': () => '← → or Space to move · Esc to leave',
  'present.slide-of': (p) => slideOf(p.position, p.count),
  'present.slide-label': (p) => `${p.title}: ${slideOf(p.position, p.count)}`,
  'present.go-to': (p) => `Go to slide ${p.position}: ${p.title}`,
  'present.print-header': (p) => `ArchDeck · ${p.title}`,
  'present.verdict-legend': (p) => VERDICT[p.verdict],

  'present.normal-day': () => 'Normal busy day',
  'present.business.busiest': (p) => `Busiest service: ${p.name}`,
  'present.business.each-service': () => 'Each service',
  'present.business.rps': (p) => `${formatNumber(p.rps, 'en', 1)} requests/s`,
  'present.business.servers': (p) => `${formatNumber(p.count, 'en')} ${plural('en', p.count, { one: 'server', other: 'servers' })}`,
  'present.business.limit': (p) => `limit ${formatNumber(p.count, 'en')}`,
  'present.cto.caption': () => '95 in 100 requests answered within',
  'present.cto.p95': (p) => formatMs(p.ms, 'en'),
  'present.cto.target': (p) => `Target ${formatMs(p.ms, 'en')}`,
  'present.cto.network': (p) => `network ${formatMs(p.ms, 'en')}`,

  'present.ops.mode': (p) => MODE[p.mode],
  'present.ops.tile': (p) => `${MODE[p.mode]} · ${p.rtoMinutes === null ? 'no set time' : `about ${formatDuration(p.rtoMinutes, 'en')}`}`,

  'present.finance.picture': (p) => `Monthly cost ${formatWon(p.monthlyKrw, 'en')}, Budget ${formatWon(p.budgetKrw, 'en')}`,
  'present.finance.monthly-cost': () => 'Monthly cost',
  'present.finance.budget': () => 'Budget',
  'present.finance.peak-month': (p) => `Month with ${p.name}`,
  'present.finance.over': (p) => `${formatWon(p.krw, 'en')} over budget`,
  'present.finance.under': (p) => `${formatWon(p.krw, 'en')} under budget`,
  'present.finance.group': (p) => COST_GROUP[p.component],

  'present.security.picture': (p) => `${p.path.join(' → ')}: ${p.verdict}`,
  'present.security.internet': () => 'Internet',
  'present.security.cdn': () => 'CDN',
  'present.security.load-balancer': () => 'Load balancer',
  'present.security.app': () => 'App',
  'present.security.app-services': (p) => `${formatNumber(p.count, 'en')} ${plural('en', p.count, { one: 'service', other: 'services' })}`,
  'present.security.database': () => 'Database',
  'present.security.standby': () => 'with a standby copy',
  'present.security.no-standby': () => 'no standby copy',
  'present.security.public-zone': () => 'Public zone',
  'present.security.app-zone': () => 'App zone',
  'present.security.data-zone': () => 'Data zone',
  'present.security.no-internet-route': () => 'no internet route',
  // Ports are identifiers: 8080 stays 8080, never "8,080".
  'present.security.web-traffic': (p) => `web traffic (${p.ports.join(', ')})`,
  'present.security.reachable': () => 'Open to the internet',
  'present.security.not-reachable': () => 'Not reachable from the internet',

  'present.notice.title': (p) => NOTICE[p.kind].title,
  'present.notice.body': (p) => NOTICE[p.kind].body,
  'present.notice.details': () => 'What was wrong',
  'present.notice.back': () => 'Back to the dashboard',
  'present.page-title': (p) => (p.name === null ? 'ArchDeck presentation' : `${p.name} — ArchDeck presentation`),
}
