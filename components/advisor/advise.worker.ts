// The advisor off the main thread: the page stays responsive while advise() examines hundreds of designs.

import { ensureRegionBook } from '@/components/pricing/load-region-book'
import { advise } from '@/lib/advise'
import type { AdviceAnswer, AdviceRequest } from './advice-messages'

/** The worker's global scope, as much of it as this file uses (the project's types are the page's, not a worker's). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<AdviceRequest>) => void) | null; postMessage: (answer: AdviceAnswer) => void }

scope.onmessage = async ({ data }) => {
  const started = performance.now()
  let answer: AdviceAnswer
  try {
    // A worker is its own JavaScript realm: the price books the page installed are not here, so the
    // design's region book is loaded in this realm before anything is priced.
    await ensureRegionBook(data.scenario.config.region)
    const result = advise(data.scenario, data.goals)
    answer = { id: data.id, ok: true, result, elapsedMs: Math.round(performance.now() - started) }
  } catch (error) {
    answer = { id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(answer)
}
