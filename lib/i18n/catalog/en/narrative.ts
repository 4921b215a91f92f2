import type { CostLine } from '../../../cost'
import type { DecisionCutChange, FixedNode, NarrativeReason, PlainFindingKind, ServiceGroup } from '../narrative-reasons'
import type { ScenarioId } from '../../../recovery'
import type { PartComponent } from '../../../recovery/recovery-reasons'
import type { DefenseLayer } from '../../../security'
import type { Stakeholder } from '../../../stakeholders/stakeholders'
import { formatDate, formatDollars, formatDuration, formatMs, formatNumber, formatWon } from '../../format'
import { joinList } from '../../join-list'
import { plural } from '../../plural'
import type { Messages } from '../define'
import { regionName } from './region-names'

/**
 * The words a non-technical reader understands: an AZ is a "data centre", Multi-AZ is "a standby
 * copy", a NAT gateway is "the servers' outbound internet link".
 */
const SCENARIO_TITLE: Record<ScenarioId, string> = {
  'task-crash': 'App crash',
  'host-failure': 'Server hardware fails',
  'db-unresponsive': 'Database stops responding',
  'az-outage': 'One data centre fails',
  'bad-deploy': 'Faulty release',
  'db-disk-full': 'Database disk full',
  'nat-loss': 'Outbound internet link lost',
  'nat-instance-loss': 'Outbound internet server lost',
  'endpoint-loss': 'Private link to AWS services fails',
  'region-outage': 'Whole AWS region fails',
}

/** The same failures inside a sentence: "These fix themselves: an app crash and a failed server." */
const SCENARIO_PHRASE: Record<ScenarioId, string> = {
  'task-crash': 'an app crash',
  'host-failure': 'a failed server',
  'db-unresponsive': 'a database that stops responding',
  'az-outage': 'the loss of a data centre',
  'bad-deploy': 'a faulty release',
  'db-disk-full': 'a full database disk',
  'nat-loss': "the loss of the servers' outbound internet link",
  'nat-instance-loss': "the loss of the server that carries the servers' outbound internet traffic",
  'endpoint-loss': 'a failed private link to AWS services',
  'region-outage': 'the loss of a whole AWS region',
}

/** The parts of the system a data-centre outage hits. */
const PART_NAME: Record<PartComponent, string> = {
  app: 'the app',
  database: 'the database',
  nat: "the servers' outbound internet link",
  'load-balancer': 'the load balancer',
}

const COST_GROUP: Record<CostLine['component'], string> = {
  compute: 'the app servers',
  database: 'the database',
  cache: 'the cache',
  network: 'the outbound internet link',
  'load-balancer': 'the load balancer',
  'admin-access': 'the admin server',
  edge: 'the CDN and web firewall',
  monitoring: 'monitoring',
  'data-transfer': 'data sent to users',
}

/** Seed 000's seven layers of defense. */
const LAYER: Record<DefenseLayer['key'], string> = {
  'vpc-isolation': 'a private network',
  'subnet-tiers': 'separate zones for web, app and data',
  'route-tables': 'no internet route to the data zone',
  'security-groups': 'tight firewall rules',
  'admin-access': 'controlled admin access',
  'db-least-privilege': 'limited database rights for the app',
  'logging-audit': 'logging and audit',
}

const FINDING_TITLE: Record<PlainFindingKind, string> = {
  'sg-world-all-ports': 'a firewall rule lets the whole internet in on every port',
  'sg-world-ssh': 'remote server login is open to the whole internet',
  'sg-world-rdp': 'remote desktop is open to the whole internet',
  'sg-world-db-port': "a firewall rule opens the database's door to the whole internet",
  'sg-world-web-port': 'web traffic reaches servers without passing the load balancer',
  'sg-world-other-port': 'a firewall rule opens unusual ports to the whole internet',
  'db-public': 'the database has a public internet address',
  'db-unencrypted': 'the stored data is not encrypted',
  'db-in-internet-routable-subnet': "the database's zone has a route to the internet",
  'cache-unencrypted': 'the cache is not encrypted',
  'db-app-user-privileged': "the app's database account could delete whole tables",
  'data-sg-cidr-peer': 'the data zone admits address ranges instead of named callers',
  'waf-off-with-cloudfront': 'the CDN has no web firewall in front of it',
  'alb-bypasses-cloudfront': 'anyone can skip the CDN and its web firewall by calling the load balancer directly',
  'http-listener-without-redirect': 'a load balancer accepts unencrypted web traffic',
  'alb-keeps-invalid-headers': 'a load balancer passes on malformed requests',
  'no-flow-logs': 'network connections are not logged',
  'container-insights-off': 'detailed server monitoring (Container Insights) is off',
  'vpc-cidr-not-private': 'the network uses public address space',
  'route-private-app-igw': "the app servers' zone is open to the internet",
  'route-private-db-nat': "the database's zone can reach the internet",
  'public-ip-on-launch': 'new servers get a public internet address automatically',
  'policy-breach': 'a connection the security policy forbids is possible',
  'no-admin-path': 'administrators have no controlled way in',
  'admin-access-mismatch': 'admin access does not follow the security policy',
  'bastion-ssh-not-single-host': 'the admin server admits logins from a wide address range',
}

/** A path's nodes inside a sentence, and bare in a chain ("internet → load balancer → database"). */
const NODE: Record<FixedNode, { inSentence: string; bare: string }> = {
  alb: { inSentence: 'the load balancer', bare: 'load balancer' },
  internet: { inSentence: 'the internet', bare: 'internet' },
  office: { inSentence: 'the office', bare: 'office' },
  database: { inSentence: 'the database', bare: 'database' },
  cache: { inSentence: 'the cache', bare: 'cache' },
  bastion: { inSentence: 'the admin server', bare: 'admin server' },
  nat: { inSentence: "the servers' outbound internet link", bare: "servers' outbound internet link" },
}


/** What each stakeholder's verdict is about, for the summary's "needs a decision on …". */
const TOPIC: Record<Stakeholder, string> = { ops: 'failure recovery', business: 'peak traffic', security: 'security', finance: 'the budget', cto: 'speed' }

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five']

const list = (items: readonly string[]): string => joinList(items, 'en')
/** What a cut changes, as a non-technical reader follows it: "smaller app servers". */
function cutChange(c: DecisionCutChange): string {
  switch (c.lever) {
    case 'tasks':
      return 'as many servers as the peak needs'
    case 'task-size':
      return c.smaller ? 'smaller app servers' : 'larger app servers'
    case 'nat':
      return {
        none: "private links to AWS services in place of the servers' outbound internet link",
        instance: "a single small server as the servers' outbound internet link",
        single: 'one outbound internet link shared by every data centre',
        'per-az': 'an outbound internet link in each data centre',
      }[c.to]
    case 'db-multi-az':
      return c.on ? 'a standby copy of the database in a second data centre' : 'no standby copy of the database'
    case 'db-class':
      return 'a cheaper database server'
    case 'db-replicas':
      return c.count === 0 ? 'no read-only copy of the database' : `${c.count} read-only ${plural('en', c.count, { one: 'copy', other: 'copies' })} of the database`
    case 'cache':
      return 'no cache'
    case 'purchase':
      return c.reserved ? 'the database booked for a year at a discount' : 'the database paid by the hour'
    case 'spot-share':
      return c.spot ? "spare servers on AWS's discounted spare capacity" : 'every server at the full hourly price'
    case 'db-insights':
      return { off: 'no detailed database monitoring', standard: 'standard database monitoring', advanced: 'advanced database monitoring' }[c.level]
    case 'admin-access':
      return 'admin access through AWS instead of an admin server'
    case 'az-count':
      return `${c.count} data centres`
  }
}

/** "1 US dollar = ₩1,300" */
const exchangeRate = (krwPerUsd: number) => `1 US dollar = ${formatWon(krwPerUsd, 'en')}`

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** [10, 10, 10] → "10"; [6, 10] → "6 to 10". */
function range(values: readonly number[]): string {
  const low = Math.min(...values)
  const high = Math.max(...values)
  return low === high ? formatNumber(low, 'en') : `${formatNumber(low, 'en')} to ${formatNumber(high, 'en')}`
}

/** "every service" when a statement covers them all, else their names. */
function services(group: ServiceGroup): string {
  return group.every ? 'every service' : list(group.names.map((name) => `the ${name}`))
}

/** The stakeholder narrative in English: plain sentences for a slide, a report or a meeting. */
export const narrative: Messages<NarrativeReason> = {
  'narrative.section-title': (p) =>
    ({ summary: 'Summary', ops: 'Operations', business: 'Business', security: 'Security', finance: 'Finance', cto: 'CTO' })[p.id],
  'narrative.verdict': (p) => ({ good: 'OK', warn: 'Watch', bad: 'Needs action' })[p.verdict],
  'narrative.scenario-title': (p) => SCENARIO_TITLE[p.id],
  'narrative.mode': (p) => ({ auto: 'automatic', partial: 'partly automatic', manual: 'needs a person' })[p.mode],
  'narrative.severity': (p) => ({ high: 'serious', medium: 'moderate', low: 'minor' })[p.severity],
  'narrative.layer': (p) => LAYER[p.key],
  'narrative.cost-group': (p) => COST_GROUP[p.component],
  'narrative.finding-title': (p) => FINDING_TITLE[p.kind],
  'narrative.node': (p) => (p.bare ? NODE[p.node].bare : NODE[p.node].inSentence),
  'narrative.node.service': (p) => (p.bare ? p.name : `the ${p.name}`),
  'narrative.context': (p) =>
    `${regionName(p.region)} · ${p.azCount} data centres · ${p.serviceCount} ${plural('en', p.serviceCount, { one: 'service', other: 'services' })}`,

  'narrative.exchange-rate': (p) => exchangeRate(p.krwPerUsd),
  'narrative.cannot-run': (p) => `This plan cannot run as drawn: ${p.reasons === 1 ? 'one problem stops' : `${p.reasons} problems stop`} it from starting`,
  'narrative.blocker': (p) =>
    ({
      'design.no-image-pull-path': 'The servers cannot download the application they should run: they have no way out to the internet and no private link to where the application is stored.',
      'design.no-logs-path': 'The servers cannot send their logs, and they refuse to start without that.',
      'design.no-secrets-path': 'The servers cannot fetch the database password when they start.',
      'design.no-instance-egress': 'The servers cannot install or update their software: they reach neither the internet nor AWS\'s storage.',
      'design.https-egress-blocked': 'A firewall rule stops the servers from calling out at all, so they cannot start.',
      'design.nat-without-internet-gateway': 'The outbound internet link has no door to the internet.',
      'design.public-load-balancer-without-internet-gateway': 'The public entrance cannot be built: the network has no door to the internet.',
    })[p.blocker],

  'narrative.summary.question': () => 'Where does the plan stand?',
  'narrative.summary.headline': ({ bad, warn }) => {
    if (bad.length > 0) {
      const count = NUMBER_WORDS[bad.length] ?? String(bad.length)
      return `${capitalise(count)} ${plural('en', bad.length, { one: 'thing needs', other: 'things need' })} a decision: ${list(bad.map((s) => TOPIC[s]))}`
    }
    if (warn.length > 0)
      return `On track, with ${warn.length === 1 ? 'one point' : `${NUMBER_WORDS[warn.length] ?? warn.length} points`} to watch: ${list(warn.map((s) => TOPIC[s]))}`
    return 'Ready: every question has a good answer'
  },
  'narrative.summary.line': (p) => `${p.title} — ${p.headline}`,

  'narrative.ops.question': () => 'Which failures fix themselves, and how fast?',
  'narrative.ops.headline': (p) =>
    p.autoCount === p.total
      ? `All ${p.total} failures fix themselves`
      : p.autoCount === 0
        ? `None of the ${p.total} failures fixes itself`
        : `${p.autoCount} of ${p.total} failures fix themselves`,
  'narrative.ops.auto-others': (p) =>
    `These fix themselves, without anyone stepping in: ${list(
      p.failures.map((s) => `${SCENARIO_PHRASE[s.id]}${s.rtoMinutes === null ? '' : ` (about ${formatDuration(s.rtoMinutes, 'en')})`}`),
    )}.`,
  'narrative.ops.az': (p) => {
    const time = p.rtoMinutes === null ? null : formatDuration(p.rtoMinutes, 'en')
    if (p.mode === 'auto')
      return time === null ? 'If one data centre fails, the service recovers by itself.' : `If one data centre fails, the service recovers by itself in about ${time}.`
    const back = time === null ? 'no one can promise when the service is fully back' : `the service is fully back in about ${time}`
    if (p.mode === 'manual') return `If one data centre fails, someone has to bring the service back by hand: ${back}.`
    const carry = plural('en', p.autoParts.length, { one: 'carries on by itself', other: 'carry on by themselves' })
    const need = plural('en', p.personParts.length, { one: 'needs', other: 'need' })
    return `If one data centre fails, ${list(p.autoParts.map((c) => PART_NAME[c]))} ${carry}, but ${list(p.personParts.map((c) => PART_NAME[c]))} ${need} a person: ${back}.`
  },
  'narrative.ops.db': (p) => {
    const time = p.rtoMinutes === null ? null : `about ${formatDuration(p.rtoMinutes, 'en')}`
    const copy = p.multiAz ? 'The database has a standby copy in a second data centre' : 'The database has no standby copy'
    const recovery =
      p.mode === 'auto'
        ? `${p.multiAz ? 'it switches to the standby by itself' : 'it recovers by itself'}${time ? ` in ${time}` : ''}`
        : p.mode === 'partial'
          ? `it partly recovers by itself${time ? `, and is fully back in ${time}` : ''}`
          : `a person has to bring it back${time ? `, which takes ${time}` : ''}`
    const loss =
      p.rpoMinutes === null
        ? ', and recent data may be lost for good'
        : p.rpoMinutes > 0
          ? `, and up to ${formatDuration(p.rpoMinutes, 'en')} of the latest data may be lost`
          : ''
    return `${copy}: if it stops responding, ${recovery}${loss}.`
  },
  'narrative.ops.partial-others': (p) => `These partly fix themselves: ${list(p.ids.map((id) => SCENARIO_PHRASE[id]))}.`,
  'narrative.ops.manual-others': (p) => `These need a person to recover: ${list(p.ids.map((id) => SCENARIO_PHRASE[id]))}.`,
  'narrative.ops.goal': (p) =>
    `The goal is to be back within ${formatDuration(p.rtoMinutes, 'en')} ${
      p.rpoMinutes === 0 ? 'with no data lost' : `with at most ${formatDuration(p.rpoMinutes, 'en')} of data lost`
    }; ${p.meeting} of ${p.total} failures meet it.`,

  'narrative.business.question': (p) => `Does the service carry ${p.peakName}?`,
  'narrative.business.headline': (p) =>
    ({
      bad: `${p.peakName} overwhelms the service`,
      warn: `${p.peakName} is handled, with little room to spare`,
      good: `${p.peakName} is handled automatically`,
    })[p.verdict],
  'narrative.business.traffic': (p) =>
    `On a normal busy day the service receives ${formatNumber(p.busiestRps, 'en', 1)} requests a second; ${p.peakName} is expected to bring ${formatNumber(p.peakRps, 'en', 1)}${
      p.ratio === null ? '' : `, ${formatNumber(p.ratio, 'en', 1)} times as many`
    }.`,
  'narrative.business.scaling': (p) => {
    const subject = p.serviceCount === 1 ? 'The service' : 'Each service'
    const typical = range(p.typicalTasks)
    const peak = range(p.peakTasks)
    const servers = (text: string) => `${text} ${text === '1' ? 'server' : 'servers'}`
    if (typical === peak) return `${subject} runs ${servers(typical)} and needs no more during ${p.peakName}.`
    if (!typical.includes(' ') && !peak.includes(' ')) return `${subject} runs ${servers(typical)} normally and adds more by itself, up to ${peak} during ${p.peakName}.`
    return `Normally the services run ${typical} servers each; during ${p.peakName} they grow by themselves to as many as ${formatNumber(Math.max(...p.peakTasks), 'en')}.`
  },
  'narrative.business.outcome': (p) => {
    if (p.overloaded.names.length === 0) return `Even at the peak, 95 in 100 requests are answered within ${formatMs(p.worstPeakP95Ms, 'en')}.`
    const names = services(p.overloaded)
    return Number.isFinite(p.worstPeakP95Ms)
      ? `That is not enough: ${names} ${plural('en', p.overloaded.names.length, { one: 'answers', other: 'answer' })} too slowly (${formatMs(p.worstPeakP95Ms, 'en')} against a ${formatMs(p.slaP95Ms, 'en')} target).`
      : `That is not enough: ${names} cannot keep up, and requests pile up.`
  },
  'narrative.business.below-advice': (p) =>
    `${capitalise(services(p.below))} ${plural('en', p.below.names.length, { one: 'runs', other: 'run' })} fewer servers at the peak than the model recommends${
      p.recommended.length > 0 ? ` (${range(p.recommended)})` : ''
    }.`,
  'narrative.business.room-to-spare': (p) =>
    `The model says ${range(p.recommended)} ${p.recommended.every((r) => r === 1) ? 'server' : 'servers'} per service would be enough, so there is room to spare.`,
  'narrative.business.ceiling': (p) =>
    `${capitalise(services(p.atCeiling))} ${plural('en', p.atCeiling.names.length, { one: 'reaches', other: 'reach' })} the limit of ${range(p.ceiling)} servers, so there is no room to grow further.`,
  'narrative.business.extra-cost': (p) =>
    `The extra servers for the ${formatNumber(p.peakHours, 'en')} hours of ${p.peakName} add about ${formatWon(p.extraPeakKrw, 'en')} to that month's bill.`,

  'narrative.security.question': () => 'Can the internet reach the database?',
  'narrative.security.headline': (p) =>
    p.direct
      ? 'The database is open to the internet'
      : p.high > 0
        ? `The database is shielded, but ${p.high} serious ${plural('en', p.high, { one: 'issue remains', other: 'issues remain' })}`
        : 'The database cannot be reached from the internet',
  'narrative.security.database': (p) =>
    p.direct
      ? `Anyone on the internet can try to connect to the database directly (port ${p.port}).`
      : p.zoneClosed
        ? 'The database sits in a private zone with no route to or from the internet.'
        : 'The database cannot be reached from the internet, but only because of its firewall rules: its zone is not fully closed off.',
  'narrative.security.path': (p) =>
    p.reachable
      ? `To get to it, an attacker would first have to take over ${p.stepping} (${p.chain.join(' → ')}).`
      : 'No chain of connections leads from the internet to the database.',
  'narrative.security.exposure': (p) =>
    p.exposures.length === 0
      ? 'Nothing can be reached from the internet directly.'
      : `From the internet, only ${list(p.exposures.map((e) => `${e.name} (${plural('en', e.ports.length, { one: 'port', other: 'ports' })} ${list(e.ports.map(String))})`))} can be reached.`,
  'narrative.security.layers': (p) =>
    p.failed.length === 0
      ? `All ${p.total} layers of protection are in place, from ${LAYER[p.first]} to ${LAYER[p.last]}.`
      : `${p.total - p.failed.length} of ${p.total} layers of protection are in place; missing: ${list(p.failed.map((key) => LAYER[key]))}.`,
  'narrative.security.findings': ({ high, medium, low, count, first }) => {
    if (count === 0) return 'The automated check finds nothing to fix.'
    if (high === 0 && medium === 0)
      return low === 1 ? `The automated check finds one minor point: ${first}.` : `The automated check finds only ${low} minor points, for example: ${first}.`
    return `The automated check finds ${high} serious, ${medium} moderate and ${low} minor ${plural('en', count, { one: 'issue', other: 'issues' })}; the most important: ${first}.`
  },

  'narrative.finance.question': () => 'What does it cost a month, against the budget?',
  'narrative.finance.headline': (p) => {
    const total = `${p.complete ? '' : 'At least '}${formatWon(p.monthlyKrw, 'en')} a month`
    return p.within ? `${total}, within budget` : `${total}, ${formatWon(p.overByKrw, 'en')} over budget`
  },
  'narrative.finance.total': (p) =>
    `The plan costs ${p.complete ? '' : 'at least '}${formatWon(p.monthlyKrw, 'en')} a month, ${formatWon(Math.abs(p.overByKrw), 'en')} ${
      p.within ? 'under' : 'over'
    } the ${formatWon(p.budgetKrw, 'en')} budget.`,
  'narrative.finance.dollars': (p) =>
    `That is ${formatDollars(p.monthlyUsd, 'en')} at ${formatWon(p.krwPerUsd, 'en')} to the US dollar, with AWS prices as of ${formatDate(p.pricesAsOf, 'en')}.`,
  'narrative.finance.unknown': (p) =>
    `${p.count} ${plural('en', p.count, { one: 'price is', other: 'prices are' })} not known yet, so the real total will be higher.`,
  'narrative.finance.groups': (p) => `The biggest items are ${list(p.groups.map((g) => `${COST_GROUP[g.component]} (${formatWon(g.krw, 'en')})`))}.`,
  'narrative.finance.gap': (p) =>
    `Fitting the budget means cutting ${formatWon(p.overByKrw, 'en')} a month (${formatNumber(p.gapPercent, 'en')} % of the bill), or raising the budget.`,
  'narrative.finance.peak': (p) => `In a month with ${p.peakName}, the extra servers bring the bill to about ${formatWon(p.peakMonthKrw, 'en')}.`,

  'narrative.cto.question': () => 'Are answers fast enough, on a normal day and at the peak?',
  'narrative.cto.headline': (p) =>
    p.verdict === 'bad'
      ? Number.isFinite(p.worstMs)
        ? `Answers take ${formatMs(p.worstMs, 'en')}, over the ${formatMs(p.slaMs, 'en')} target`
        : 'Overloaded at the peak: answers do not arrive in time'
      : `Answers in ${formatMs(p.worstMs, 'en')}, ${p.verdict === 'good' ? 'well ' : ''}within the ${formatMs(p.slaMs, 'en')} target`,
  'narrative.cto.target': (p) => `The target: 95 in 100 requests to ${p.endpoint} are answered within ${formatMs(p.slaMs, 'en')}.`,
  'narrative.cto.measured': (p) =>
    `On a normal busy day they are answered within ${formatMs(p.typicalMs, 'en')}, and during ${p.peakName} within ${formatMs(p.peakMs, 'en')}.`,
  'narrative.cto.verdict': (p) =>
    p.missing.length === 0
      ? p.serviceCount === 1
        ? 'The service meets the target at both times.'
        : `${p.serviceCount === 2 ? 'Both' : `All ${p.serviceCount}`} services meet the target at both times.`
      : `${capitalise(list(p.missing.map((name) => `the ${name}`)))} ${plural('en', p.missing.length, { one: 'misses', other: 'miss' })} the target.`,
  'narrative.cto.network': (p) => `${formatMs(p.networkMs, 'en')} of that is the round trip between the user and AWS.`,
  'narrative.cto.headroom': (p) => `That leaves plenty of headroom: the slowest answer uses ${formatNumber(p.usedPercent, 'en')} % of the allowed time.`,

  'narrative.decision.title': () => 'Decision and next steps',
  'narrative.decision.headline.over': (p) => `Approve ${formatWon(p.monthlyKrw, 'en')} a month, or cut ${formatWon(p.overByKrw, 'en')}`,
  'narrative.decision.headline.security': () => 'Fix the serious security issues first',
  'narrative.decision.headline.resilience': () => 'Decide how much resilience to buy',
  'narrative.decision.headline.capacity': () => 'Add capacity for the peak',
  'narrative.decision.headline.ready': () => 'Ready to approve',
  'narrative.decision.budget': (p) =>
    `Budget: approve ${formatWon(p.monthlyKrw, 'en')} a month, ${formatWon(p.overByKrw, 'en')} more than planned, or cut the plan to fit ${formatWon(p.budgetKrw, 'en')}.`,
  'narrative.decision.option': (p) => {
    const what = {
      'multi-az': 'Give the database a standby copy in a second data centre',
      'nat-per-az': 'Give each data centre its own outbound internet link',
      'one-more-task': 'Run one more server per service',
    }[p.option]
    const gains = [
      p.deltaAutoRecovery > 0 ? (p.deltaAutoRecovery === 1 ? 'one more failure fixes itself' : `${p.deltaAutoRecovery} more failures fix themselves`) : null,
      p.deltaWithinObjectives > 0 ? (p.deltaWithinObjectives === 1 ? 'one more failure is over within the recovery target' : `${p.deltaWithinObjectives} more failures are over within the recovery target`) : null,
    ].filter((g): g is string => g !== null)
    return `${what}: +${formatWon(p.deltaKrw, 'en')} a month, and ${gains.join(', and ')}.`
  },
  'narrative.decision.cut': (p) => {
    const recovery = p.losses.map((l) => {
      const mode = l.modeChanged ? (l.to === 'manual' ? 'then needs a person' : 'then only partly fixes itself') : null
      const [takes, taking] = l.rtoAfter === null ? ['has no bound on its recovery time', 'with no bound on its recovery time'] : [`takes ${formatDuration(l.rtoAfter, 'en')}`, `taking ${formatDuration(l.rtoAfter, 'en')}`]
      const time = l.rtoAfter === l.rtoBefore ? null : `${mode ? taking : takes}${l.rtoAfter === null ? '' : ` instead of ${formatDuration(l.rtoBefore ?? 0, 'en')}`}`
      return `${SCENARIO_PHRASE[l.id]} ${[mode, time].filter(Boolean).join(', ')}`
    })
    const speed = p.p95 ? `answers at the peak take ${formatMs(p.p95.afterMs, 'en')} instead of ${formatMs(p.p95.beforeMs, 'en')}${p.p95.overSla ? ', over the target' : ''}` : null
    const costs = recovery.length > 0 ? capitalise(list([...recovery, ...(speed ? [speed] : [])])) : `Every failure recovers as before${speed ? `, and ${speed}` : ''}`
    return `Or cut ${formatWon(p.savingKrw, 'en')} a month, to ${formatWon(p.monthlyKrw, 'en')}, with ${list(p.changes.map(cutChange))}. ${costs}.`
  },
  'narrative.decision.capacity': (p) => `Run one more server per service so answers stay within the target: +${formatWon(p.deltaKrw, 'en')} a month.`,
  'narrative.decision.undersized': (p) =>
    p.atCeiling
      ? `Raise the server limit of the ${p.name} from ${p.max} to at least ${p.recommended}, so the peak is carried with room to spare.`
      : `Let the ${p.name} add servers sooner at the peak, to at least ${p.recommended}.`,
  'narrative.decision.combined': (p) =>
    `With both, the plan costs ${formatWon(p.monthlyKrw, 'en')} a month and ${p.autoCount} of ${p.total} failures fix themselves.`,
  'narrative.decision.security': (p) =>
    `Fix the ${p.titles.length} serious security ${plural('en', p.titles.length, { one: 'issue', other: 'issues' })} first: ${list(p.titles)}.`,
  'narrative.decision.nothing': () => 'Nothing needs to change before approval.',
  'narrative.decision.basis': (p) =>
    `Every figure comes from the ArchDeck model of this plan, with AWS prices as of ${formatDate(p.asOf, 'en')} and ${exchangeRate(p.krwPerUsd)}.`,
}
