// The advisor off the main thread: the page stays responsive while advise examines hundreds of designs.

import { ensureRegionBook } from '@/components/pricing/load-region-book'
import { adviseInSteps } from '@/lib/advise'
import { createAdviceLoop, type LoopClock } from './advice-loop'
import type { AdviceAnswer, AdviceMessage } from './advice-messages'

/** The worker's global scope, as much of it as this file uses (the project's types are the page's, not a worker's). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<AdviceMessage>) => void) | null; postMessage: (answer: AdviceAnswer) => void }

// A message to itself comes back after the messages already queued and, unlike setTimeout(0), is never clamped to 4 ms.
const channel = new MessageChannel()
let next: (() => void) | null = null
channel.port1.onmessage = () => {
  const task = next
  next = null
  task?.()
}
const clock: LoopClock = {
  now: () => performance.now(),
  soon: (task) => {
    next = task
    channel.port2.postMessage(null)
  },
  later: (ms, task) => setTimeout(task, ms),
}

const loop = createAdviceLoop({ clock, loadBook: ensureRegionBook, advise: adviseInSteps, post: (answer) => scope.postMessage(answer) })
scope.onmessage = ({ data }) => loop.receive(data)
