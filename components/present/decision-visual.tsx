import { keepUnits } from './keep-units'

/** Hangul takes about twice the width of a Latin letter on a slide. */
const HANGUL = /[\uac00-\ud7a3]/
const textWeight = (steps: readonly string[]) => steps.reduce((sum, step) => sum + [...step].reduce((n, ch) => n + (HANGUL.test(ch) ? 1.8 : 1), 0) + 60, 0)

/**
 * Type and spacing by how much the slide holds: over budget, the ways to cut sit beside the ways to
 * add (lib/narrative/narrate-decision.ts), and the list must still fit a 1280×720 slide (each step
 * counts 60 letters more for its box). SwiftLogix's three steps weigh about 640; with Multi-AZ, four weigh about 1,000.
 */
function density(steps: readonly string[]): { list: string; item: string; text: string } {
  const weight = textWeight(steps)
  if (weight <= 700) return { list: 'gap-3', item: 'px-5 py-4', text: 'text-xl' }
  if (weight <= 850) return { list: 'gap-2.5', item: 'px-5 py-3', text: 'text-lg' }
  if (weight <= 1100) return { list: 'gap-2', item: 'px-4 py-2.5', text: 'text-base' }
  return { list: 'gap-1.5', item: 'px-4 py-2', text: 'text-sm' }
}

/** The decision's steps, numbered, in the order to take them. */
export function DecisionVisual({ steps }: { steps: readonly string[] }) {
  const { list, item, text } = density(steps)
  return (
    <ol className={`present-visual flex w-full flex-col ${list}`}>
      {steps.map((step, i) => (
        <li key={step} className={`flex items-start gap-4 rounded-xl border border-slate-200 bg-white ${item}`}>
          <span className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-slate-900 text-lg font-semibold text-white">{i + 1}</span>
          <p className={`${text} leading-snug text-slate-900`}>{keepUnits(step)}</p>
        </li>
      ))}
    </ol>
  )
}
