'use client'

import { useEffect } from 'react'
import type { Region } from '@/lib/model'
import type { AdviceWorker, AdviceWorkerSource } from './advice-runner'

// Bundlers find the worker by this exact expression (new Worker(new URL(…, import.meta.url))); its code is a chunk of its own.
const makeAdviceWorker = (): AdviceWorker => new Worker(new URL('./advise.worker.ts', import.meta.url), { type: 'module' }) as unknown as AdviceWorker

/** The page's advisor worker, booted ahead of the first run; `lent` while a runner uses it. */
let pooled: AdviceWorker | null = null
let lent = false

/**
 * The advisor's worker, kept warm between runners: booting one (its modules, then the region's
 * price book) takes ~200 ms, which the first open of the Advisor would otherwise wait for.
 */
export const adviceWorkers: AdviceWorkerSource = {
  take() {
    if (lent) return makeAdviceWorker()
    pooled ??= makeAdviceWorker()
    lent = true
    return pooled
  },
  release(worker, { terminate }) {
    // A second runner's extra worker is never kept.
    if (worker !== pooled) return worker.terminate()
    lent = false
    if (!terminate) return
    worker.terminate()
    pooled = null
  },
}

/** Boots the page's advisor worker if none is, and has it load the region's price book, where the browser has web workers. */
export function prewarmAdviceWorker(region: Region): void {
  if (typeof Worker === 'undefined') return
  pooled ??= makeAdviceWorker()
  pooled.postMessage({ type: 'warm', region })
}

/** Once the dashboard is idle after loading, the advisor's worker boots in the background (its own thread and chunk). */
export function usePrewarmedAdvisor(region: Region): void {
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(() => prewarmAdviceWorker(region), 1_000)
      return () => clearTimeout(timer)
    }
    const handle = requestIdleCallback(() => prewarmAdviceWorker(region), { timeout: 5_000 })
    return () => cancelIdleCallback(handle)
  }, [region])
}
