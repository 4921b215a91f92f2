import type { CapacityAssessment } from '@/lib/capacity'
import type { CostReport } from '@/lib/cost'
import type { RecoveryAssessment } from '@/lib/recovery'
import type { SecurityAssessment } from '@/lib/security'
import { formatDurationShort, formatNumber, formatUsd } from '@/lib/i18n/format'
import { OldPriceMarkOf } from '@/components/ui/old-price-mark'
import { costLineWords, sayCost } from '@/lib/i18n/catalog/say-cost'
import { sayCapacity } from '@/lib/i18n/catalog/say-capacity'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { saySecurity } from '@/lib/i18n/catalog/say-security'
import { modeWord } from '@/lib/recovery'
import { useT } from '@/components/i18n/locale-provider'
import { Badge } from '@/components/ui/badge'
import { MODE_TONE, SEVERITY_TONE } from '@/components/ui/tones'
import { useKpiSay } from './kpi-say'
import { FitBudgetPanel } from './fit-budget-panel'

function Heading({ children }: { children: React.ReactNode }) {
  return <h4 className="mb-2 text-sm font-semibold text-slate-900">{children}</h4>
}

function Formula({ children }: { children: React.ReactNode }) {
  return <code className="block whitespace-pre-wrap break-words rounded bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800">{children}</code>
}

export function CostExplanation({ cost }: { cost: CostReport }) {
  const { k, locale } = useKpiSay()
  return (
    <div className="space-y-3">
      <Heading>{k('cost-title')}</Heading>
      <ul className="space-y-2">
        {cost.lines.map((line) => {
          const says = costLineWords(line, locale)
          return (
            <li key={line.id}>
              <div className="flex justify-between gap-3 text-xs font-medium text-slate-800">
                <span>{says.label}</span>
                <span className="tabular-nums">{line.monthlyUsd === null ? k('unknown') : formatUsd(line.monthlyUsd, locale)}</span>
              </div>
              <Formula>{says.formula}</Formula>
              <p className="mt-0.5 text-[11px] text-slate-500">
                {k('source')} {says.source}
                <OldPriceMarkOf price={line.price} locale={locale} />
              </p>
            </li>
          )
        })}
      </ul>
      <Formula>
        {k('total')} {sayCost(locale, cost.formula)}
      </Formula>
      <Formula>{sayCost(locale, cost.band.formula)}</Formula>
      <p className="text-[11px] text-slate-500">{k('rate', { rate: formatNumber(cost.krwPerUsd, locale), compiled: cost.priceCatalogCompiled })}</p>
    </div>
  )
}

export function BudgetExplanation({ cost }: { cost: CostReport }) {
  const { k, locale } = useKpiSay()
  const unknownLabels = cost.lines.filter((l) => l.monthlyUsd === null).map((l) => sayCost(locale, l.label))
  return (
    <div className="space-y-2">
      <Heading>{k('budget-title')}</Heading>
      <Formula>{sayCost(locale, cost.budget.formula)}</Formula>
      {!cost.complete && <p className="text-xs text-amber-800">{k('unknown-lines', { lines: unknownLabels })}</p>}
      <FitBudgetPanel />
    </div>
  )
}

export function CoverageExplanation({ recovery }: { recovery: RecoveryAssessment }) {
  const { k, locale } = useKpiSay()
  return (
    <div className="space-y-2">
      <Heading>{k('coverage-title')}</Heading>
      <Formula>{sayRecovery(locale, recovery.coverage.formula)}</Formula>
      <ul className="space-y-1">
        {recovery.scenarios.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-2 text-xs">
            <span>{sayRecovery(locale, s.title)}</span>
            <span className="flex items-center gap-2 tabular-nums text-slate-500">
              {k('rto-rpo', { rto: formatDurationShort(s.rtoMinutes, locale), rpo: formatDurationShort(s.rpoMinutes, locale) })} <Badge tone={MODE_TONE[s.mode]}>{sayRecovery(locale, modeWord(s.mode))}</Badge>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function LatencyExplanation({ capacity }: { capacity: CapacityAssessment }) {
  const { k, locale } = useKpiSay()
  return (
    <div className="space-y-3">
      <Heading>{k('latency-title')}</Heading>
      {capacity.services.map((s) => (
        <div key={s.serviceId} className="space-y-1">
          <p className="text-xs font-medium text-slate-800">{s.name}</p>
          <Formula>
            {k('typical')} {sayCapacity(locale, s.typical.formula)}
          </Formula>
          <Formula>
            {k('peak')} {sayCapacity(locale, s.peak.formula)}
          </Formula>
          <p className="text-[11px] text-slate-500">{sayCapacity(locale, s.advice)}</p>
        </div>
      ))}
    </div>
  )
}

export function FindingsExplanation({ security }: { security: SecurityAssessment }) {
  const { k, locale } = useKpiSay()
  const t = useT()
  const findings = security.findings.map((f) => ({ f, says: { message: saySecurity(locale, f.message), fix: saySecurity(locale, f.fix) } }))
  return (
    <div className="space-y-2">
      <Heading>{t('kpi.findings')}</Heading>
      {findings.length === 0 && <p className="text-xs">{k('no-findings')}</p>}
      <ul className="space-y-2">
        {findings.map(({ f, says }) => (
          <li key={f.id} className="text-xs">
            <Badge tone={SEVERITY_TONE[f.severity]}>{k('severity', { severity: f.severity })}</Badge> <span className="font-medium">{says.message}</span>
            <p className="mt-0.5 text-slate-500">
              {k('fix')} {says.fix}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600">{saySecurity(locale, security.dbQuestion.explanation)}</p>
    </div>
  )
}
