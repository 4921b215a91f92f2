import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AdviceMessage } from './advice-messages'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

/** A fresh pool module (it keeps the page's worker) over a Worker that records what it was posted. */
async function freshPool() {
  const made: { posted: AdviceMessage[]; terminated: boolean }[] = []
  vi.stubGlobal(
    'Worker',
    class {
      posted: AdviceMessage[] = []
      terminated = false
      constructor() {
        made.push(this)
      }
      postMessage(message: AdviceMessage) {
        this.posted.push(message)
      }
      terminate() {
        this.terminated = true
      }
    },
  )
  return { made, ...(await import('./advice-worker-pool')) }
}

describe('the advisor’s worker pool', () => {
  it('boots the worker ahead of the first run and has it load the region’s prices, so the first run takes that worker', async () => {
    const { made, prewarmAdviceWorker, adviceWorkers } = await freshPool()
    prewarmAdviceWorker('ap-northeast-2')
    prewarmAdviceWorker('ap-northeast-2')
    expect(made).toHaveLength(1)
    expect(made[0]!.posted).toEqual([
      { type: 'warm', region: 'ap-northeast-2' },
      { type: 'warm', region: 'ap-northeast-2' },
    ])
    expect(adviceWorkers.take()).toBe(made[0])
  })

  it('keeps a worker handed back idle for the next runner, and boots a fresh one after one was terminated', async () => {
    const { made, adviceWorkers } = await freshPool()
    const first = adviceWorkers.take()
    adviceWorkers.release(first, { terminate: false })
    expect(adviceWorkers.take()).toBe(first)
    adviceWorkers.release(first, { terminate: true })
    expect(made[0]!.terminated).toBe(true)
    expect(adviceWorkers.take()).not.toBe(first)
    expect(made).toHaveLength(2)
  })
})
