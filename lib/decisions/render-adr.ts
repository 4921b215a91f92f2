import { formatKrw, formatNumber, formatUsd, type Locale } from '../i18n'
import { escapeMarkdownBlock, escapeMarkdownInline } from '../report/escape-markdown'
import type { Decision, DecisionOption, FrozenFigures } from './types'

/**
 * Decision records as Markdown files in the docs/decisions style (Date, Status, Context, …),
 * with each option's figures as they were frozen when the decision was taken. Pure and
 * deterministic: the same decision renders to the same bytes, whatever the clock or the prices now.
 */

type Words = {
  date: string
  status: string
  context: string
  options: string
  decision: string
  consequences: string
  statuses: Record<Decision['status'], string>
  none: string
  columns: [option: string, scenario: string, usd: string, krw: string, budget: string, auto: string, p95: string, high: string, prices: string]
  atLeast: string
  within: string
  withinSoFar: string
  over: string
  overloaded: string
  slaMet: string
  slaMissed: string
  chosen: string
  chosenLine: (name: string, ref: string) => string
  notAmongOptions: (id: string) => string
  summary: (f: FrozenFigures, money: string, budget: string, p95: string) => string
  frozen: (dates: string) => string
  indexTitle: string
  indexColumns: [number: string, title: string, status: string, date: string, chosen: string]
  indexEmpty: string
}

const WORDS: Record<Locale, Words> = {
  en: {
    date: 'Date',
    status: 'Status',
    context: 'Context',
    options: 'Options',
    decision: 'Decision',
    consequences: 'Consequences',
    statuses: { proposed: 'proposed', accepted: 'accepted', superseded: 'superseded' },
    none: '_None recorded._',
    columns: ['Option', 'Scenario', 'Monthly USD', 'Monthly KRW', 'Budget', 'Auto-recovered', 'Worst peak p95', 'High findings', 'Prices as of'],
    atLeast: 'at least ',
    within: 'within',
    withinSoFar: 'within so far (some prices unknown)',
    over: 'over',
    overloaded: 'overloaded',
    slaMet: 'SLA met',
    slaMissed: 'SLA missed',
    chosen: 'chosen',
    chosenLine: (name, ref) => `We chose **${name}** (${ref}).`,
    notAmongOptions: (id) => `The chosen scenario (${id}) is not among the options above.`,
    summary: (f, money, budget, p95) =>
      `At the time of the decision it cost ${money} a month (${budget} budget), recovered ${f.autoRecovered} of ${f.scenarioCount} failure scenarios automatically, answered the peak in ${p95}, and had ${f.highFindings} high-severity security finding${f.highFindings === 1 ? '' : 's'}.`,
    frozen: (dates) => `Figures frozen when the decision was recorded (price catalog compiled ${dates}); later price or model changes do not rewrite them.`,
    indexTitle: 'Decision records',
    indexColumns: ['No.', 'Decision', 'Status', 'Date', 'Chosen'],
    indexEmpty: '_No decisions recorded yet._',
  },
  ko: {
    date: '날짜',
    status: '상태',
    context: '배경',
    options: '선택지',
    decision: '결정',
    consequences: '결과',
    statuses: { proposed: '제안됨', accepted: '채택됨', superseded: '대체됨' },
    none: '_기록 없음._',
    columns: ['선택지', '시나리오', '월 비용(USD)', '월 비용(KRW)', '예산', '자동 복구', '피크 최악 p95', '높음 발견 사항', '가격 기준일'],
    atLeast: '최소 ',
    within: '이내',
    withinSoFar: '현재까지 이내(일부 가격 알 수 없음)',
    over: '초과',
    overloaded: '과부하',
    slaMet: 'SLA 충족',
    slaMissed: 'SLA 미충족',
    chosen: '선택',
    chosenLine: (name, ref) => `**${name}**(${ref})을(를) 선택했습니다.`,
    notAmongOptions: (id) => `선택한 시나리오(${id})가 위 선택지에 없습니다.`,
    summary: (f, money, budget, p95) =>
      `결정 당시 월 ${money}(예산 ${budget}), 장애 시나리오 ${f.scenarioCount}개 중 ${f.autoRecovered}개 자동 복구, 피크 p95 ${p95}, 높음 등급 보안 발견 사항 ${f.highFindings}건이었습니다.`,
    frozen: (dates) => `수치는 결정을 기록한 시점에 고정되었습니다(가격 카탈로그 ${dates} 기준). 이후 가격이나 모델이 바뀌어도 다시 계산하지 않습니다.`,
    indexTitle: '결정 기록',
    indexColumns: ['번호', '결정', '상태', '날짜', '선택'],
    indexEmpty: '_아직 기록된 결정이 없습니다._',
  },
}

/**
 * The file name's words: lower-case ASCII letters and digits, accents dropped, at most 60 characters.
 * Example: 'Adopt Multi-AZ for the Seoul DB' → 'adopt-multi-az-for-the-seoul-db'; '서울 DB 이중화' → 'db'; '결정' → ''.
 */
export function slugifyTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > 60) break
    slug = next
  }
  return slug || words[0]?.slice(0, 60) || ''
}

/** `0001-adopt-multi-az.md`; a title without ASCII words (Korean only) gives `0001-decision.md`. */
export function adrFileName(decision: Pick<Decision, 'number' | 'title'>): string {
  return `${String(decision.number).padStart(4, '0')}-${slugifyTitle(decision.title) || 'decision'}.md`
}

function dateOf(decidedAt: string): string {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(decidedAt)
  return match ? match[0] : escapeMarkdownInline(decidedAt)
}

function money(f: FrozenFigures, locale: Locale) {
  const prefix = f.costComplete ? '' : WORDS[locale].atLeast
  return { usd: `${prefix}${formatUsd(f.monthlyUsd, locale)}`, krw: `${prefix}${formatKrw(f.monthlyKrw, locale)}` }
}

function budgetWord(f: FrozenFigures, locale: Locale): string {
  const w = WORDS[locale]
  return !f.withinBudget ? w.over : f.costComplete ? w.within : w.withinSoFar
}

function p95Text(f: FrozenFigures, locale: Locale): string {
  const w = WORDS[locale]
  const value = f.worstP95Ms === null ? w.overloaded : `${formatNumber(Math.round(f.worstP95Ms), locale)} ms`
  return `${value} (${f.meetsSla ? w.slaMet : w.slaMissed})`
}

function scenarioRef(option: DecisionOption): string {
  return `${escapeMarkdownInline(option.scenarioId)} v${option.version}`
}

function optionRow(option: DecisionOption, chosen: boolean, locale: Locale): string {
  const f = option.figures
  const { usd, krw } = money(f, locale)
  const name = escapeMarkdownInline(option.name)
  const cells = [
    chosen ? `**${name}** (${WORDS[locale].chosen})` : name,
    scenarioRef(option),
    usd,
    krw,
    budgetWord(f, locale),
    `${f.autoRecovered}/${f.scenarioCount}`,
    p95Text(f, locale),
    String(f.highFindings),
    escapeMarkdownInline(f.priceCatalogCompiled),
  ]
  return `| ${cells.join(' | ')} |`
}

function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: string[]): string {
  return [`| ${header.join(' | ')} |`, `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows].join('\n')
}

/**
 * One decision as `0001-title.md`, deterministic for a given decision and language.
 * Example: { number: 1, title: 'Adopt the final Seoul plan', … } → fileName '0001-adopt-the-final-seoul-plan.md',
 * markdown starting '# 0001 — Adopt the final Seoul plan\n\n- Date: 2026-11-24\n- Status: accepted'.
 */
export function renderAdrMarkdown(decision: Decision, locale: Locale): { fileName: string; markdown: string } {
  const w = WORDS[locale]
  const number = String(decision.number).padStart(4, '0')
  const chosen = decision.options.find((o) => o.scenarioId === decision.chosenScenarioId)
  const block = (text: string) => escapeMarkdownBlock(text) || w.none
  const dates = [...new Set(decision.options.map((o) => o.figures.priceCatalogCompiled))].sort().map(escapeMarkdownInline).join(', ')
  const decisionText = chosen
    ? [
        w.chosenLine(escapeMarkdownInline(chosen.name), scenarioRef(chosen)),
        w.summary(chosen.figures, `${money(chosen.figures, locale).usd} (${money(chosen.figures, locale).krw})`, budgetWord(chosen.figures, locale), p95Text(chosen.figures, locale)),
      ].join(' ')
    : w.notAmongOptions(escapeMarkdownInline(decision.chosenScenarioId))
  const markdown = [
    `# ${number} — ${escapeMarkdownInline(decision.title)}`,
    '',
    `- ${w.date}: ${dateOf(decision.decidedAt)}`,
    `- ${w.status}: ${w.statuses[decision.status]}`,
    '',
    `## ${w.context}`,
    '',
    block(decision.context),
    '',
    `## ${w.options}`,
    '',
    table(
      w.columns,
      ['l', 'l', 'r', 'r', 'l', 'r', 'l', 'r', 'l'],
      decision.options.map((o) => optionRow(o, o === chosen, locale)),
    ),
    '',
    w.frozen(dates),
    '',
    `## ${w.decision}`,
    '',
    decisionText,
    '',
    `## ${w.consequences}`,
    '',
    block(decision.consequences),
    '',
  ].join('\n')
  return { fileName: adrFileName(decision), markdown }
}

/**
 * A README for the exported folder: one row per decision, in number order, linking each file.
 * Example row: '| 0001 | [Adopt the final Seoul plan](0001-adopt-the-final-seoul-plan.md) | accepted | 2026-11-24 | SwiftLogix Seoul — final plan |'.
 */
export function renderAdrIndex(decisions: readonly Decision[], locale: Locale): { fileName: string; markdown: string } {
  const w = WORDS[locale]
  const sorted = [...decisions].sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const rows = sorted.map((d) => {
    const chosen = d.options.find((o) => o.scenarioId === d.chosenScenarioId)
    return `| ${String(d.number).padStart(4, '0')} | [${escapeMarkdownInline(d.title)}](${adrFileName(d)}) | ${w.statuses[d.status]} | ${dateOf(d.decidedAt)} | ${chosen ? escapeMarkdownInline(chosen.name) : '—'} |`
  })
  const body = rows.length === 0 ? w.indexEmpty : table(w.indexColumns, ['r', 'l', 'l', 'l', 'l'], rows)
  return { fileName: 'README.md', markdown: [`# ${w.indexTitle}`, '', body, ''].join('\n') }
}
