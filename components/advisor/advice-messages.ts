import type { AdviceGoals, AdviceResult } from '@/lib/advise/types'
import type { Scenario } from '@/lib/model'

/** What the page asks the advisor's worker: one run, numbered so an answer to an older run can be told apart. */
export type AdviceRequest = { id: number; scenario: Scenario; goals: AdviceGoals }

/**
 * The worker's answer, plain data (structured clone). `elapsedMs`: from receiving the request to
 * posting the answer, price book loading included, rounded to a whole millisecond.
 */
export type AdviceAnswer = { id: number; ok: true; result: AdviceResult; elapsedMs: number } | { id: number; ok: false; message: string }
