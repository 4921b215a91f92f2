import type { Locale } from '../i18n'
import { sayAdr } from '../i18n/catalog/say-adr'
import { wordsIn, type Words } from '../i18n/catalog/words-in'
import { escapeMarkdownBlock, escapeMarkdownInline } from '../report/escape-markdown'
import type { AdrColumn, AdrIndexColumn, AdrReason } from '../i18n/catalog/adr-reasons'
import type { Decision, DecisionOption, FrozenFigures } from './types'

/**
 * Decision records as Markdown files in the docs/decisions style (Date, Status, Context, …),
 * with each option's figures as they were frozen when the decision was taken. Pure and
 * deterministic: the same decision renders to the same bytes, whatever the clock or the prices now.
 * The words come from the catalog's `adr` namespace.
 */

type AdrWords = Words<AdrReason, 'adr'>

const COLUMNS: readonly AdrColumn[] = ['option', 'scenario', 'usd', 'krw', 'budget', 'auto', 'p95', 'high', 'prices']
const INDEX_COLUMNS: readonly AdrIndexColumn[] = ['number', 'title', 'status', 'date', 'chosen']

/**
 * The file name's words: lower-case ASCII letters and digits, accents dropped, at most 60 characters.
 * Example: 'Adopt Multi-AZ for the Seoul DB' → 'adopt-multi-az-for-the-seoul-db'; 'Σεούλ DB' → 'db'; 'Απόφαση' → ''.
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

function money(f: FrozenFigures, w: AdrWords) {
  return {
    usd: w('money', { amount: f.monthlyUsd, currency: 'USD', complete: f.costComplete }),
    krw: w('money', { amount: f.monthlyKrw, currency: 'KRW', complete: f.costComplete }),
  }
}

function scenarioRef(option: DecisionOption, w: AdrWords): string {
  return w('scenario-ref', { id: escapeMarkdownInline(option.scenarioId), version: option.version })
}

function optionRow(option: DecisionOption, chosen: boolean, w: AdrWords): string {
  const f = option.figures
  const { usd, krw } = money(f, w)
  const name = escapeMarkdownInline(option.name)
  const cells = [
    chosen ? `**${name}** (${w('chosen')})` : name,
    scenarioRef(option, w),
    usd,
    krw,
    w('budget', { within: f.withinBudget, complete: f.costComplete }),
    `${f.autoRecovered}/${f.scenarioCount}`,
    w('p95', { ms: f.worstP95Ms, meetsSla: f.meetsSla }),
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
  const w = wordsIn('adr', sayAdr, locale)
  const number = String(decision.number).padStart(4, '0')
  const chosen = decision.options.find((o) => o.scenarioId === decision.chosenScenarioId)
  const block = (text: string) => escapeMarkdownBlock(text) || w('none')
  const dates = [...new Set(decision.options.map((o) => o.figures.priceCatalogCompiled))].sort().map(escapeMarkdownInline).join(', ')
  const decisionText = chosen
    ? [w('chosen-line', { name: escapeMarkdownInline(chosen.name), ref: scenarioRef(chosen, w) }), w('summary', { figures: chosen.figures })].join(' ')
    : w('not-among-options', { id: escapeMarkdownInline(decision.chosenScenarioId) })
  const markdown = [
    `# ${number} — ${escapeMarkdownInline(decision.title)}`,
    '',
    `- ${w('date')}: ${dateOf(decision.decidedAt)}`,
    `- ${w('status')}: ${w('status-value', { status: decision.status })}`,
    '',
    `## ${w('context')}`,
    '',
    block(decision.context),
    '',
    `## ${w('options')}`,
    '',
    table(
      COLUMNS.map((column) => w('column', { column })),
      ['l', 'l', 'r', 'r', 'l', 'r', 'l', 'r', 'l'],
      decision.options.map((o) => optionRow(o, o === chosen, w)),
    ),
    '',
    w('frozen', { dates }),
    '',
    `## ${w('decision')}`,
    '',
    decisionText,
    '',
    `## ${w('consequences')}`,
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
  const w = wordsIn('adr', sayAdr, locale)
  const sorted = [...decisions].sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const rows = sorted.map((d) => {
    const chosen = d.options.find((o) => o.scenarioId === d.chosenScenarioId)
    return `| ${String(d.number).padStart(4, '0')} | [${escapeMarkdownInline(d.title)}](${adrFileName(d)}) | ${w('status-value', { status: d.status })} | ${dateOf(d.decidedAt)} | ${chosen ? escapeMarkdownInline(chosen.name) : '—'} |`
  })
  const body = rows.length === 0 ? w('index-empty') : table(INDEX_COLUMNS.map((column) => w('index-column', { column })), ['r', 'l', 'l', 'l', 'l'], rows)
  return { fileName: 'README.md', markdown: [`# ${w('index-title')}`, '', body, ''].join('\n') }
}
