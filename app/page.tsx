import { PRESETS } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'

function formatUsd(value: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(value)
}

/** Until the interactive dashboard lands: every preset with the engine's headline figures. */
export default function HomePage() {
  const rows = PRESETS.map((preset) => ({ preset, evaluation: evaluateScenario(preset.scenario) }))
  return (
    <main className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">ArchDeck</h1>
      <p className="mt-1 text-slate-600">Architecture presets from the seed documents, evaluated by the engine.</p>
      <table className="mt-8 w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-500">
            <th className="py-2 pr-4 font-medium">Preset</th>
            <th className="py-2 pr-4 text-right font-medium">Monthly</th>
            <th className="py-2 pr-4 text-right font-medium">Budget</th>
            <th className="py-2 pr-4 text-right font-medium">Auto recovery</th>
            <th className="py-2 pr-4 text-right font-medium">Worst p95</th>
            <th className="py-2 text-right font-medium">High findings</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ preset, evaluation: e }) => (
            <tr key={preset.id} className="border-b border-slate-200 align-top">
              <td className="py-3 pr-4">
                <div className="font-medium">{preset.title}</div>
                <div className="text-slate-500">{preset.description}</div>
              </td>
              <td className="whitespace-nowrap py-3 pr-4 text-right tabular-nums" title={e.cost.formula}>
                {formatUsd(e.cost.monthlyUsd)}
                {e.cost.complete ? '' : '+'}
              </td>
              <td className="py-3 pr-4 text-right">{e.cost.budget.withinBudget ? 'within' : 'over'}</td>
              <td className="whitespace-nowrap py-3 pr-4 text-right tabular-nums">
                {e.recovery.autoCount}/{e.recovery.scenarios.length}
              </td>
              <td className="whitespace-nowrap py-3 pr-4 text-right tabular-nums">
                {Number.isFinite(e.capacity.worstPeakP95Ms) ? `${Math.round(e.capacity.worstPeakP95Ms)} ms` : 'overloaded'}
              </td>
              <td className="py-3 text-right tabular-nums">{e.security.counts.high}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
