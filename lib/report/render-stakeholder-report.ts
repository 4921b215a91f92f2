import type { Evaluation } from '../evaluate'
import { costLineWords, formatDate, formatDollars, formatDurationShort, formatMs, formatNumber, formatWon, intlLocale, say, sayCost, toKrw, type Locale } from '../i18n'
import type { Scenario } from '../model'
import {
  describeFinding,
  LAYER_NAME,
  MODE_WORD,
  narrate,
  SCENARIO_TITLE,
  SEVERITY_WORD,
  VERDICT_WORD,
  type Narrative,
  type NarrativeSection,
} from '../narrative'
import { STAKEHOLDERS, type Stakeholder } from '../stakeholders/stakeholders'
import { escapeMarkdownInline } from './escape-markdown'
import { renderTable, type Cell } from './markdown-table'
import { REPORT_WORDS, type ReportWords } from './report-words'

type ReportOptions = {
  /** Replaces "<scenario name> — Stakeholder report". */
  title?: string
  /** Printed as "Generated: …" in UTC; left out when absent, so the same scenario gives the same bytes. */
  generatedAt?: Date | string
}

type Parts = { scenario: Scenario; evaluation: Evaluation; locale: Locale; words: ReportWords }

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
    `**${escapeMarkdownInline(section.headline)}** (${VERDICT_WORD[locale][section.verdict]})`,
    '',
    ...section.sentences.map((s) => `- ${escapeMarkdownInline(s)}`),
  ]
}

/** The narrative's section for each id, in the order given. */
function sectionsIn(n: Narrative, ids: readonly NarrativeSection['id'][]): NarrativeSection[] {
  return ids.flatMap((id) => n.sections.filter((s) => s.id === id))
}

function renderSummary(n: Narrative, section: NarrativeSection, locale: Locale, words: ReportWords): string[] {
  const rows = sectionsIn(n, STAKEHOLDERS).map((s) => [s.title, s.headline, VERDICT_WORD[locale][s.verdict]])
  return [
    `**${escapeMarkdownInline(section.headline)}** (${VERDICT_WORD[locale][section.verdict]})`,
    '',
    renderTable([words.stakeholder, words.answer, words.verdict], rows),
  ]
}

function renderFailures({ scenario, evaluation, locale, words }: Parts): string[] {
  const goal = scenario.requirements.recovery
  const rows = evaluation.recovery.scenarios.map((s) => [
    SCENARIO_TITLE[locale][s.id],
    MODE_WORD[locale][s.mode],
    formatDurationShort(s.rtoMinutes, locale),
    formatDurationShort(s.rpoMinutes, locale),
    s.meetsObjectives ? words.yes : words.no,
  ])
  return [
    `### ${words.failures}`,
    '',
    words.goal(formatDurationShort(goal.rtoMinutes, locale), formatDurationShort(goal.rpoMinutes, locale)),
    '',
    renderTable([words.failure, words.recovery, words.rto, words.rpo, words.meetsGoal], rows, ['left', 'left', 'right', 'right', 'center']),
  ]
}

function renderCapacity({ scenario, evaluation, locale, words }: Parts): string[] {
  const peakName = scenario.requirements.traffic.peak.name
  const maxById = new Map(scenario.config.services.map((s) => [s.id, s.count.max]))
  const n = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatNumber(value, locale))
  const rows = evaluation.capacity.services.map((s) => [s.name, n(s.typical.tasks), n(s.peakTasks), n(s.recommendedTasks), n(maxById.get(s.serviceId))])
  return [
    `### ${words.capacity}`,
    '',
    renderTable([words.service, words.servers(words.busyDay), words.servers(peakName), words.recommended, words.limit], rows, ['left', 'right', 'right', 'right', 'right']),
  ]
}

function renderLatency({ scenario, evaluation, locale, words }: Parts): string[] {
  const peakName = scenario.requirements.traffic.peak.name
  const { capacity } = evaluation
  const rows = capacity.services.map((s) => [
    s.name,
    formatMs(s.typical.p95Ms, locale),
    formatMs(s.peak.p95Ms, locale),
    formatMs(capacity.slaP95Ms, locale),
    s.meetsSla ? words.yes : words.no,
  ])
  return [
    `### ${words.latency}`,
    '',
    renderTable([words.service, words.p95(words.busyDay), words.p95(peakName), words.target, words.meets], rows, ['left', 'right', 'right', 'right', 'center']),
  ]
}

function renderSecurity({ evaluation, locale, words }: Parts): string[] {
  const { security } = evaluation
  const layers = security.layers.map((l) => [String(l.id), capitalise(LAYER_NAME[locale][l.key] ?? say(locale, l.name)), l.passed ? words.yes : words.no, say(locale, l.evidence)])
  const findings = security.findings.map((f) => {
    const says = { message: say(locale, f.message), fix: say(locale, f.fix) }
    return [capitalise(SEVERITY_WORD[locale][f.severity]), capitalise(describeFinding(f, locale)), says.message, says.fix, f.rule ?? '—']
  })
  return [
    `### ${words.reachability}`,
    '',
    `> ${escapeMarkdownInline(say(locale, security.dbQuestion.explanation))}`,
    '',
    `### ${words.layers}`,
    '',
    renderTable(['#', words.layer, words.holds, words.evidence], layers, ['right', 'left', 'center', 'left']),
    '',
    `### ${words.findings}`,
    '',
    findings.length === 0 ? words.noFindings : renderTable([words.severity, words.finding, words.details, words.fix, words.rule], findings),
  ]
}

function renderCost({ scenario, evaluation, locale, words }: Parts): string[] {
  const { cost } = evaluation
  const usd = (value: number | null) => (value === null ? words.unknown : formatDollars(value, locale))
  const krw = (value: number | null) => (value === null ? words.unknown : formatWon(toKrw(value, cost.krwPerUsd), locale))
  const rows: Cell[][] = cost.lines.map((l) => {
    const says = costLineWords(l, locale)
    return [says.label, usd(l.monthlyUsd), krw(l.monthlyUsd), says.formula, says.source]
  })
  const total = `${words.total}${cost.complete ? '' : ` (${words.lowerBound})`}`
  rows.push([
    { strong: total },
    { strong: formatDollars(cost.monthlyUsd, locale) },
    { strong: formatWon(cost.monthlyKrw, locale) },
    sayCost(locale, cost.formula),
    `${words.pricesAsOf} ${cost.priceCatalogCompiled}`,
  ])
  rows.push([words.budget, formatDollars(cost.budget.budgetUsd, locale), formatWon(cost.budget.budgetKrw, locale), sayCost(locale, cost.budget.formula), ''])
  const { band } = cost
  return [
    `### ${words.costLines}`,
    '',
    renderTable([words.item, words.usd, words.krw, words.formula, words.source], rows, ['left', 'right', 'right', 'left', 'left']),
    '',
    words.band(usd(band.minUsd), usd(band.typicalUsd), escapeMarkdownInline(scenario.requirements.traffic.peak.name), usd(band.peakUsd)),
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
 * and the decision. Pure and deterministic: the clock appears only when `generatedAt` is passed.
 * Example (swiftlogix, en): "# SwiftLogix final proposal — Stakeholder report", …,
 * "| **Total** | **$200.87** | **₩261,131** | … |".
 */
export function renderStakeholderReport(scenario: Scenario, evaluation: Evaluation, locale: Locale, options: ReportOptions = {}): string {
  const words = REPORT_WORDS[locale]
  const n = narrate(scenario, evaluation, locale)
  const parts: Parts = { scenario, evaluation, locale, words }
  const title = options.title ?? `${n.name} — ${words.report}`
  const lines: string[] = [
    `# ${escapeMarkdownInline(title)}`,
    '',
    `**${words.scenario}:** ${escapeMarkdownInline(n.name)} · ${n.context}  `,
    `**${words.exchangeRate}:** ${n.exchangeRate} · ${words.pricesAsOf} ${formatDate(evaluation.cost.priceCatalogCompiled, locale)}${options.generatedAt === undefined ? '' : '  '}`,
  ]
  if (options.generatedAt !== undefined) lines.push(`**${words.generated}:** ${formatGeneratedAt(options.generatedAt, locale)}`)
  for (const section of sectionsIn(n, ['summary'])) lines.push('', `## ${section.title}`, '', ...renderSummary(n, section, locale, words))
  for (const stakeholder of STAKEHOLDERS)
    for (const section of sectionsIn(n, [stakeholder])) lines.push('', `## ${section.title}`, '', ...renderNarrative(section, locale), '', ...TABLES[stakeholder](parts))
  const decision = n.decision
  lines.push('', `## ${decision.title}`, '', `**${escapeMarkdownInline(decision.headline)}**`, '', ...decision.steps.map((s, i) => `${i + 1}. ${escapeMarkdownInline(s)}`), '', `*${decision.basis}*`)
  lines.push('', '---', '', `*${words.engineNote}*`, '')
  return lines.join('\n')
}
