import type { Evaluation } from '../evaluate'
import { costLineWords, formatDate, formatDollars, formatDurationShort, formatMs, formatNumber, formatWon, intlLocale, say, sayCost, toKrw, type Locale } from '../i18n'
import type { Scenario } from '../model'
import { sayNarrative } from '../i18n/catalog/say-narrative'
import { sayReport } from '../i18n/catalog/say-report'
import { wordsIn, type Words } from '../i18n/catalog/words-in'
import { describeFinding, narrate, type Narrative, type NarrativeSection, type Verdict } from '../narrative'
import { STAKEHOLDERS, type Stakeholder } from '../stakeholders/stakeholders'
import { escapeMarkdownInline } from './escape-markdown'
import { renderTable, type Cell } from './markdown-table'
import type { ReportReason } from '../i18n/catalog/report-reasons'
import { oldPriceMark } from '../i18n/catalog/say-price-age'
import { priceAgeOf } from '../pricing/price-age'
import type { Price } from '../pricing/price'

type ReportOptions = {
  /** Replaces "<scenario name> — Stakeholder report". */
  title?: string
  /** Printed as "Generated: …" in UTC; left out when absent, so the same scenario gives the same bytes. */
  generatedAt?: Date | string
  /**
   * The day prices are aged against: a source more than 12 months before it is marked "old (date)".
   * Defaults to `generatedAt`; with neither, no price is called old (the report has no clock).
   */
  today?: Date
}

/** The report's words in the reader's language: w('yes'), w('total', { complete }). */
type ReportWords = Words<ReportReason, 'report'>

type Parts = { scenario: Scenario; evaluation: Evaluation; locale: Locale; w: ReportWords; today: Date | null }

const verdictWord = (verdict: Verdict, locale: Locale) => sayNarrative(locale, { code: 'narrative.verdict', params: { verdict } })

function formatGeneratedAt(at: Date | string, locale: Locale): string {
  const date = typeof at === 'string' ? new Date(at) : at
  if (Number.isNaN(date.getTime())) return String(at)
  const text = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' }).format(date)
  return `${text} UTC`
}

/** Sentence-case for table cells; the plain names are written to sit inside a sentence. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The narrative quotes names users typed (services, the peak event): they must not turn into Markdown. */
function renderNarrative(section: NarrativeSection, locale: Locale): string[] {
  return [
    `*${escapeMarkdownInline(section.question)}*`,
    '',
    `**${escapeMarkdownInline(section.headline)}** (${verdictWord(section.verdict, locale)})`,
    '',
    ...section.sentences.map((s) => `- ${escapeMarkdownInline(s)}`),
  ]
}

/** The narrative's section for each id, in the order given. */
function sectionsIn(n: Narrative, ids: readonly NarrativeSection['id'][]): NarrativeSection[] {
  return ids.flatMap((id) => n.sections.filter((s) => s.id === id))
}

function renderSummary(n: Narrative, section: NarrativeSection, locale: Locale, w: ReportWords): string[] {
  const rows = sectionsIn(n, STAKEHOLDERS).map((s) => [s.title, s.headline, verdictWord(s.verdict, locale)])
  return [
    `**${escapeMarkdownInline(section.headline)}** (${verdictWord(section.verdict, locale)})`,
    '',
    renderTable([w('stakeholder'), w('answer'), w('verdict')], rows),
  ]
}

function renderFailures({ scenario, evaluation, locale, w }: Parts): string[] {
  const goal = scenario.requirements.recovery
  const rows = evaluation.recovery.scenarios.map((s) => [
    sayNarrative(locale, { code: 'narrative.scenario-title', params: { id: s.id } }),
    sayNarrative(locale, { code: 'narrative.mode', params: { mode: s.mode } }),
    formatDurationShort(s.rtoMinutes, locale),
    formatDurationShort(s.rpoMinutes, locale),
    s.meetsObjectives ? w('yes') : w('no'),
  ])
  return [
    `### ${w('failures')}`,
    '',
    w('goal', { rtoMinutes: goal.rtoMinutes, rpoMinutes: goal.rpoMinutes }),
    '',
    renderTable([w('failure'), w('recovery'), w('rto'), w('rpo'), w('meets-goal')], rows, ['left', 'left', 'right', 'right', 'center']),
  ]
}

function renderCapacity({ scenario, evaluation, locale, w }: Parts): string[] {
  const peakName = scenario.requirements.traffic.peak.name
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  const n = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value, locale))
  const rows = evaluation.capacity.services.map((s) => [s.name, n(s.typical.tasks), n(s.peakTasks), n(s.recommendedTasks), n(maxById.get(s.serviceId))])
  return [
    `### ${w('capacity')}`,
    '',
    renderTable([w('service'), w('servers', { peakName: null }), w('servers', { peakName }), w('recommended'), w('limit')], rows, ['left', 'right', 'right', 'right', 'right']),
  ]
}

function renderLatency({ scenario, evaluation, locale, w }: Parts): string[] {
  const peakName = scenario.requirements.traffic.peak.name
  const { capacity } = evaluation
  const rows = capacity.services.map((s) => [
    s.name,
    formatMs(s.typical.p95Ms, locale),
    formatMs(s.peak.p95Ms, locale),
    formatMs(capacity.slaP95Ms, locale),
    s.meetsSla ? w('yes') : w('no'),
  ])
  return [
    `### ${w('latency')}`,
    '',
    renderTable([w('service'), w('p95', { peakName: null }), w('p95', { peakName }), w('target'), w('meets')], rows, ['left', 'right', 'right', 'right', 'center']),
  ]
}

function renderSecurity({ evaluation, locale, w }: Parts): string[] {
  const { security } = evaluation
  const layers = security.layers.map((l) => [
    String(l.id),
    capitalise(sayNarrative(locale, { code: 'narrative.layer', params: { key: l.key } })),
    l.passed ? w('yes') : w('no'),
    say(locale, l.evidence),
  ])
  const findings = security.findings.map((f) => {
    const says = { message: say(locale, f.message), fix: say(locale, f.fix) }
    const severity = sayNarrative(locale, { code: 'narrative.severity', params: { severity: f.severity } })
    return [capitalise(severity), capitalise(describeFinding(f, locale)), says.message, says.fix, f.rule ?? '—']
  })
  return [
    `### ${w('reachability')}`,
    '',
    `> ${escapeMarkdownInline(say(locale, security.dbQuestion.explanation))}`,
    '',
    `### ${w('layers')}`,
    '',
    renderTable(['#', w('layer'), w('holds'), w('evidence')], layers, ['right', 'left', 'center', 'left']),
    '',
    `### ${w('findings')}`,
    '',
    findings.length === 0 ? w('no-findings') : renderTable([w('severity'), w('finding'), w('details'), w('fix'), w('rule')], findings),
  ]
}

/** A line's source, with "old (date)" after it when its price is more than 12 months before `today`. */
function sourceWithAge(source: string, price: Price, locale: Locale, today: Date | null): string {
  const mark = today === null ? null : oldPriceMark(locale, priceAgeOf(price, today))
  return mark === null ? source : `${source} ${mark}`
}

function renderCost({ scenario, evaluation, locale, w, today }: Parts): string[] {
  const { cost } = evaluation
  const usd = (value: number | null) => (value === null ? w('unknown') : formatDollars(value, locale))
  const krw = (value: number | null) => (value === null ? w('unknown') : formatWon(toKrw(value, cost.krwPerUsd), locale))
  const rows: Cell[][] = cost.lines.map((l) => {
    const says = costLineWords(l, locale)
    return [says.label, usd(l.monthlyUsd), krw(l.monthlyUsd), says.formula, sourceWithAge(says.source, l.price, locale, today)]
  })
  rows.push([
    { strong: w('total', { complete: cost.complete }) },
    { strong: formatDollars(cost.monthlyUsd, locale) },
    { strong: formatWon(cost.monthlyKrw, locale) },
    sayCost(locale, cost.formula),
    w('prices-as-of', { date: cost.priceCatalogCompiled }),
  ])
  rows.push([w('budget'), formatDollars(cost.budget.budgetUsd, locale), formatWon(cost.budget.budgetKrw, locale), sayCost(locale, cost.budget.formula), ''])
  const { band } = cost
  return [
    `### ${w('cost-lines')}`,
    '',
    renderTable([w('item'), w('usd'), w('krw'), w('formula'), w('source')], rows, ['left', 'right', 'right', 'left', 'left']),
    '',
    w('band', { minUsd: band.minUsd, typicalUsd: band.typicalUsd, peakUsd: band.peakUsd, peakName: escapeMarkdownInline(scenario.requirements.traffic.peak.name) }),
  ]
}

const TABLES: Record<Stakeholder, (parts: Parts) => string[]> = {
  ops: renderFailures,
  business: renderCapacity,
  security: renderSecurity,
  finance: renderCost,
  cto: renderLatency,
}

/**
 * The stakeholder report as Markdown: title, the exchange rate and price date, the summary, one
 * section per stakeholder (the narrative, then its table: failures with RTO/RPO, servers at the
 * peak, protection layers and findings, cost lines with formula and source, p95 against the SLA),
 * and the decision. Pure and deterministic: the clock appears only when `generatedAt` or `today` is passed (prices older than 12 months before it are marked "old (date)").
 * Example (swiftlogix, en): "# SwiftLogix final proposal — Stakeholder report", …,
 * "| **Total** | **$200.87** | **₩261,131** | … |".
 */
export function renderStakeholderReport(scenario: Scenario, evaluation: Evaluation, locale: Locale, options: ReportOptions = {}): string {
  const w = wordsIn('report', sayReport, locale)
  const n = narrate(scenario, evaluation, locale)
  const clock = options.today ?? (options.generatedAt === undefined ? null : new Date(options.generatedAt))
  const parts: Parts = { scenario, evaluation, locale, w, today: clock && !Number.isNaN(clock.getTime()) ? clock : null }
  const title = options.title ?? w('title', { name: n.name })
  const lines: string[] = [
    `# ${escapeMarkdownInline(title)}`,
    '',
    `**${w('scenario')}:** ${escapeMarkdownInline(n.name)} · ${n.context}  `,
    `**${w('exchange-rate')}:** ${n.exchangeRate} · ${w('prices-as-of', { date: formatDate(evaluation.cost.priceCatalogCompiled, locale) })}${options.generatedAt === undefined ? '' : '  '}`,
  ]
  if (options.generatedAt !== undefined) lines.push(`**${w('generated')}:** ${formatGeneratedAt(options.generatedAt, locale)}`)
  for (const section of sectionsIn(n, ['summary'])) lines.push('', `## ${section.title}`, '', ...renderSummary(n, section, locale, w))
  for (const stakeholder of STAKEHOLDERS)
    for (const section of sectionsIn(n, [stakeholder])) lines.push('', `## ${section.title}`, '', ...renderNarrative(section, locale), '', ...TABLES[stakeholder](parts))
  const decision = n.decision
  lines.push('', `## ${decision.title}`, '', `**${escapeMarkdownInline(decision.headline)}**`, '', ...decision.steps.map((s, i) => `${i + 1}. ${escapeMarkdownInline(s)}`), '', `*${decision.basis}*`)
  lines.push('', '---', '', `*${w('engine-note')}*`, '')
  return lines.join('\n')
}
