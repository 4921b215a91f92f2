import type { CapacityAssessment } from '@/lib/capacity'
import type { CostReport } from '@/lib/cost'
import type { RecoveryAssessment } from '@/lib/recovery'
import type { SecurityAssessment } from '@/lib/security'
import { findingText, reachabilityText } from '@/lib/i18n'
import { useLocale, useT } from '@/components/i18n/locale-provider'
import { Badge } from '@/components/ui/badge'
import { MODE_TONE, SEVERITY_TONE } from '@/components/ui/tones'
import { formatMinutes, formatUsd } from '@/components/ui/format'

function Heading({ children }: { children: React.ReactNode }) {
  return <h4 className="mb-2 text-sm font-semibold text-slate-900">{children}</h4>
}

function Formula({ children }: { children: React.ReactNode }) {
  return <code className="block whitespace-pre-wrap break-words rounded bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800">{children}</code>
}

export function CostExplanation({ cost }: { cost: CostReport }) {
  return (
    <div className="space-y-3">
      <Heading>Monthly cost, line by line</Heading>
      <ul className="space-y-2">
        {cost.lines.map((line) => (
          <li key={line.id}>
            <div className="flex justify-between gap-3 text-xs font-medium text-slate-800">
              <span>{line.label}</span>
              <span className="tabular-nums">{formatUsd(line.monthlyUsd)}</span>
            </div>
            <Formula>{line.formula}</Formula>
            <p className="mt-0.5 text-[11px] text-slate-500">Source: {line.source}</p>
          </li>
        ))}
      </ul>
      <Formula>Total: {cost.formula}</Formula>
      <Formula>{cost.band.formula}</Formula>
      <p className="text-[11px] text-slate-500">
        KRW at {cost.krwPerUsd.toLocaleString('en-US')} KRW/USD. Price catalog compiled {cost.priceCatalogCompiled}; 730 hours a month.
      </p>
    </div>
  )
}

export function BudgetExplanation({ cost }: { cost: CostReport }) {
  return (
    <div className="space-y-2">
      <Heading>Budget check</Heading>
      <Formula>{cost.budget.formula}</Formula>
      {!cost.complete && <p className="text-xs text-amber-800">{cost.unknownLines.length} line(s) have unknown prices, so the total is a lower bound: {cost.unknownLines.join(', ')}.</p>}
    </div>
  )
}

export function CoverageExplanation({ recovery }: { recovery: RecoveryAssessment }) {
  return (
    <div className="space-y-2">
      <Heading>Automatic recovery</Heading>
      <Formula>{recovery.coverage.formula}</Formula>
      <ul className="space-y-1">
        {recovery.scenarios.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-2 text-xs">
            <span>{s.title}</span>
            <span className="flex items-center gap-2 tabular-nums text-slate-500">
              RTO {formatMinutes(s.rtoMinutes)} · RPO {formatMinutes(s.rpoMinutes)} <Badge tone={MODE_TONE[s.mode]}>{s.mode}</Badge>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function LatencyExplanation({ capacity }: { capacity: CapacityAssessment }) {
  return (
    <div className="space-y-3">
      <Heading>p95 latency against the SLA (M/M/c queue)</Heading>
      {capacity.services.map((s) => (
        <div key={s.serviceId} className="space-y-1">
          <p className="text-xs font-medium text-slate-800">{s.name}</p>
          <Formula>Typical: {s.typical.figure.formula}</Formula>
          <Formula>Peak: {s.peak.figure.formula}</Formula>
          <p className="text-[11px] text-slate-500">{s.explanation}</p>
        </div>
      ))}
    </div>
  )
}

/** The findings popover's own words; the findings themselves come from the engine in both languages. */
const FINDINGS_WORDS = {
  en: { none: 'No findings.', fix: 'Fix:' },
  ko: { none: '점검 결과가 없습니다.', fix: '조치:' },
} as const

export function FindingsExplanation({ security }: { security: SecurityAssessment }) {
  const { locale } = useLocale()
  const t = useT()
  const words = FINDINGS_WORDS[locale]
  const findings = security.findings.map((f) => ({ f, says: findingText(f, locale) }))
  return (
    <div className="space-y-2">
      <Heading>{t('kpi.findings')}</Heading>
      {findings.length === 0 && <p className="text-xs">{words.none}</p>}
      <ul className="space-y-2">
        {findings.map(({ f, says }) => (
          <li key={f.id} className="text-xs">
            <Badge tone={SEVERITY_TONE[f.severity]}>{t(`kpi.${f.severity}`)}</Badge> <span className="font-medium">{says.message}</span>
            <p className="mt-0.5 text-slate-500">
              {words.fix} {says.fix}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600">{reachabilityText(security.dbQuestion, locale).explanation}</p>
    </div>
  )
}
