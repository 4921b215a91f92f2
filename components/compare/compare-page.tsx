import type { Comparison, Winner } from '@/lib/compare'
import { formatDate, formatKrw, formatUsd } from '@/lib/i18n/format'
import { LOCALES, type Locale } from '@/lib/i18n/locale'
import { Card } from '@/components/ui/card'
import { buildComponentStack, buildCostBars, buildFindingsBars, buildLatencyBars } from './chart-data'
import { ComponentStackChart } from './component-stack-chart'
import { CompareHeader } from './compare-header'
import { ConfigDiff, type PairDiff } from './config-diff'
import { CostBarsChart } from './cost-bars-chart'
import { CostLinesTable } from './cost-lines-table'
import { FindingsChart } from './findings-chart'
import { LatencyBarsChart } from './latency-bars-chart'
import { compareSay } from './compare-say'
import { NoticeList } from './notice-list'
import { FindingsList, ServiceLatencyTable } from './plan-details'
import { PlanPicker } from './plan-picker'
import { compareHref, stateOf, type Selection } from './read-selection'
import { RecoveryMatrix } from './recovery-matrix'
import { SummaryCards } from './summary-cards'
import { WinnersTable } from './winners-table'

type ComparePageProps = {
  selection: Selection
  /** null when fewer than two plans could be read. */
  comparison: Comparison | null
  winners: Winner[]
  diffs: { fromIndex: number; toIndex: number; changes: PairDiff['changes'] }[]
  presets: { id: string; title: string }[]
}

/** Every plan in the comparison has the same budget: then one line on the chart says it. */
function sharedBudget(comparison: Comparison): { usd: number; krw: number } | null {
  const [first, ...rest] = comparison.items
  if (!first) return null
  const { budgetUsd, budgetKrw } = first.cost.budget
  return rest.every((i) => i.cost.budget.budgetUsd === budgetUsd) ? { usd: budgetUsd, krw: budgetKrw } : null
}

/** The comparison page: who wins what, the plans side by side, then cost, recovery, latency, findings and the diff. */
export function ComparePage({ selection, comparison, winners, diffs, presets }: ComparePageProps) {
  const { locale } = selection
  const w = compareSay(locale)
  const state = stateOf(selection)
  const hrefFor = Object.fromEntries(LOCALES.map((l) => [l, compareHref({ ...state, locale: l })])) as Record<Locale, string>
  const linkNames = selection.items.filter((i) => i.source.kind === 'link').map((i) => i.name)
  const names = comparison ? comparison.items.map((i) => i.name) : []
  const fullNames = selection.items.map((i) => i.name)
  const catalog = comparison?.items[0]?.cost.priceCatalogCompiled ?? ''
  const budget = comparison ? sharedBudget(comparison) : null
  const objectives = selection.items[0]?.scenario.requirements.recovery ?? { rtoMinutes: 0, rpoMinutes: 0 }
  return (
    <div lang={locale} className="min-h-screen bg-slate-50">
      <CompareHeader locale={locale} hrefFor={hrefFor} />
      <main className="mx-auto max-w-[1400px] space-y-4 px-4 py-5 sm:px-6">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{w('page-title')}</h1>
          {comparison && <p className="mt-0.5 text-sm text-slate-600">{w('subtitle', { plans: comparison.items.length, compiled: formatDate(catalog, locale) })}</p>}
        </div>
        <NoticeList notices={selection.notices} locale={locale} />
        <PlanPicker state={state} presets={presets} linkNames={linkNames} />
        {comparison && (
          <>
            <WinnersTable comparison={comparison} winners={winners} names={names} locale={locale} />
            <SummaryCards comparison={comparison} winners={winners} fullNames={fullNames} locale={locale} />
            <div className="grid gap-4 lg:grid-cols-2">
              <Card title={w('cost.title')} subtitle={w('cost.subtitle', { budget: budget ? `${formatKrw(budget.krw, locale)} (${formatUsd(budget.usd, locale)})` : '—' })}>
                <CostBarsChart {...buildCostBars(comparison, names)} budget={budget} locale={locale} />
              </Card>
              <Card title={w('stack.title')} subtitle={w('stack.subtitle')}>
                <ComponentStackChart {...buildComponentStack(comparison, names)} locale={locale} />
              </Card>
            </div>
            <CostLinesTable comparison={comparison} names={names} locale={locale} />
            <RecoveryMatrix comparison={comparison} names={names} locale={locale} objectives={objectives} />
            <div className="grid gap-4 lg:grid-cols-2">
              <Card title={w('latency.title')} subtitle={w('latency.subtitle')}>
                <LatencyBarsChart {...buildLatencyBars(comparison, names)} locale={locale} />
                <ServiceLatencyTable comparison={comparison} names={names} locale={locale} />
              </Card>
              <Card title={w('findings.title')} subtitle={w('findings.subtitle')}>
                <FindingsChart rows={buildFindingsBars(comparison, names)} locale={locale} />
                <FindingsList comparison={comparison} names={names} locale={locale} />
              </Card>
            </div>
            <ConfigDiff
              locale={locale}
              mode={selection.diffMode}
              modeHref={{ consecutive: compareHref({ ...state, diffMode: 'consecutive' }), first: compareHref({ ...state, diffMode: 'first' }) }}
              pairs={diffs.map((d) => ({
                from: { id: comparison.items[d.fromIndex]!.id, name: names[d.fromIndex]! },
                to: { id: comparison.items[d.toIndex]!.id, name: names[d.toIndex]! },
                changes: d.changes,
              }))}
            />
          </>
        )}
      </main>
    </div>
  )
}
