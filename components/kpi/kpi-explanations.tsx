import type { CapacityAssessment } from '@/lib/capacity'
import type { CostReport } from '@/lib/cost'
import type { RecoveryAssessment } from '@/lib/recovery'
import type { SecurityAssessment } from '@/lib/security'
import { costLineText, formatNumber, say, translateNotation, type Locale } from '@/lib/i18n'
import { modeWord } from '@/lib/recovery'
import { useLocale, useT } from '@/components/i18n/locale-provider'
import { Badge } from '@/components/ui/badge'
import { MODE_TONE, SEVERITY_TONE } from '@/components/ui/tones'
import { formatMinutes, formatUsd } from '@/components/views/view-format'

/** The popovers' own words; every figure and sentence in them comes from the engines. */
const WORDS = {
  en: {
    costTitle: 'Monthly cost, line by line',
    source: 'Source:',
    total: 'Total:',
    rate: (rate: string, compiled: string) => `KRW at ${rate} KRW/USD. Price catalog compiled ${compiled}; 730 hours a month.`,
    budgetTitle: 'Budget check',
    unknownLines: (count: number, lines: string) => `${count} line(s) have unknown prices, so the total is a lower bound: ${lines}.`,
    coverageTitle: 'Automatic recovery',
    latencyTitle: 'p95 latency against the SLA (M/M/c queue)',
    typical: 'Typical:',
    peak: 'Peak:',
  },
  ko: {
    costTitle: '월 비용 항목별 내역',
    source: '출처:',
    total: '합계:',
    rate: (rate: string, compiled: string) => `환율 ${rate} KRW/USD. 가격 카탈로그 작성일 ${compiled}, 한 달 730시간 기준.`,
    budgetTitle: '예산 점검',
    unknownLines: (count: number, lines: string) => `가격을 알 수 없는 항목이 ${count}개라 합계는 하한값입니다: ${lines}.`,
    coverageTitle: '자동 복구',
    latencyTitle: 'SLA 대비 p95 지연 시간(M/M/c 대기열)',
    typical: '평상시:',
    peak: '피크:',
  },
} satisfies Record<Locale, unknown>

function Heading({ children }: { children: React.ReactNode }) {
  return <h4 className="mb-2 text-sm font-semibold text-slate-900">{children}</h4>
}

function Formula({ children }: { children: React.ReactNode }) {
  return <code className="block whitespace-pre-wrap break-words rounded bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800">{children}</code>
}

export function CostExplanation({ cost }: { cost: CostReport }) {
  const { locale } = useLocale()
  const w = WORDS[locale]
  return (
    <div className="space-y-3">
      <Heading>{w.costTitle}</Heading>
      <ul className="space-y-2">
        {cost.lines.map((line) => {
          const says = costLineText(line, locale)
          return (
            <li key={line.id}>
              <div className="flex justify-between gap-3 text-xs font-medium text-slate-800">
                <span>{says.label}</span>
                <span className="tabular-nums">{formatUsd(line.monthlyUsd, locale)}</span>
              </div>
              <Formula>{says.formula}</Formula>
              <p className="mt-0.5 text-[11px] text-slate-500">
                {w.source} {says.source}
              </p>
            </li>
          )
        })}
      </ul>
      <Formula>
        {w.total} {translateNotation(cost.formula, locale)}
      </Formula>
      <Formula>{translateNotation(cost.band.formula, locale)}</Formula>
      <p className="text-[11px] text-slate-500">{w.rate(formatNumber(cost.krwPerUsd, locale), cost.priceCatalogCompiled)}</p>
    </div>
  )
}

export function BudgetExplanation({ cost }: { cost: CostReport }) {
  const { locale } = useLocale()
  const w = WORDS[locale]
  const unknownLabels = cost.lines.filter((l) => l.monthlyUsd === null).map((l) => translateNotation(l.label, locale))
  return (
    <div className="space-y-2">
      <Heading>{w.budgetTitle}</Heading>
      <Formula>{translateNotation(cost.budget.formula, locale)}</Formula>
      {!cost.complete && <p className="text-xs text-amber-800">{w.unknownLines(unknownLabels.length, unknownLabels.join(', '))}</p>}
    </div>
  )
}

export function CoverageExplanation({ recovery }: { recovery: RecoveryAssessment }) {
  const { locale } = useLocale()
  return (
    <div className="space-y-2">
      <Heading>{WORDS[locale].coverageTitle}</Heading>
      <Formula>{say(locale, recovery.coverage.formula)}</Formula>
      <ul className="space-y-1">
        {recovery.scenarios.map((s) => (
          <li key={s.id} className="flex items-center justify-between gap-2 text-xs">
            <span>{say(locale, s.title)}</span>
            <span className="flex items-center gap-2 tabular-nums text-slate-500">
              RTO {formatMinutes(s.rtoMinutes, locale)} · RPO {formatMinutes(s.rpoMinutes, locale)} <Badge tone={MODE_TONE[s.mode]}>{say(locale, modeWord(s.mode))}</Badge>
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function LatencyExplanation({ capacity }: { capacity: CapacityAssessment }) {
  const { locale } = useLocale()
  const w = WORDS[locale]
  return (
    <div className="space-y-3">
      <Heading>{w.latencyTitle}</Heading>
      {capacity.services.map((s) => (
        <div key={s.serviceId} className="space-y-1">
          <p className="text-xs font-medium text-slate-800">{s.name}</p>
          <Formula>
            {w.typical} {say(locale, s.typical.formula)}
          </Formula>
          <Formula>
            {w.peak} {say(locale, s.peak.formula)}
          </Formula>
          <p className="text-[11px] text-slate-500">{say(locale, s.advice)}</p>
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
  const findings = security.findings.map((f) => ({ f, says: { message: say(locale, f.message), fix: say(locale, f.fix) } }))
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
      <p className="text-xs text-slate-600">{say(locale, security.dbQuestion.explanation)}</p>
    </div>
  )
}
