import type { AdviceGoals, AdviceResult } from '@/lib/advise/types'
import type { Region, Scenario } from '@/lib/model'

/** What the page asks the advisor's worker: one run, numbered so an answer to an older run can be told apart. A newer run abandons an older one. */
export type AdviceRequest = { type: 'advise'; id: number; scenario: Scenario; goals: AdviceGoals }

/**
 * Everything the page posts to the worker: a run; `input` when the user pressed a key, pointed or
 * typed (the worker pauses so the page has the CPU); `warm` to load a region's price book before
 * the first run asks for it.
 */
export type AdviceMessage = AdviceRequest | { type: 'input' } | { type: 'warm'; region: Region }

/**
 * The worker's answer, plain data (structured clone). `elapsedMs`: from receiving the request to
 * posting the answer, price book loading and the pauses for the user's input included; `computeMs`:
 * the time spent advising alone. Both rounded to a whole millisecond.
 */
export type AdviceAnswer = { id: number; ok: true; result: AdviceResult; elapsedMs: number; computeMs: number } | { id: number; ok: false; message: string }
