import { keepUnits } from './keep-units'

/** The decision's steps, numbered, in the order to take them. */
export function DecisionVisual({ steps }: { steps: readonly string[] }) {
  return (
    <ol className="present-visual flex w-full flex-col gap-3">
      {steps.map((step, i) => (
        <li key={step} className="flex items-start gap-4 rounded-xl border border-slate-200 bg-white px-5 py-4">
          <span className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-slate-900 text-lg font-semibold text-white">{i + 1}</span>
          <p className="text-xl leading-snug text-slate-900">{keepUnits(step)}</p>
        </li>
      ))}
    </ol>
  )
}
