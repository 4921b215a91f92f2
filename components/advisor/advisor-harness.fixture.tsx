import { act, useMemo } from 'react'
import { vi } from 'vitest'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { createDashboardStore, DashboardStoreContext, useDashboardStore, type DashboardState } from '@/components/store/dashboard-store'
import { initialStateFor } from '@/components/store/initial-state'
import { advise } from '@/lib/advise/advise'
import { evaluateScenario } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import type { StoreApi } from 'zustand'
import type { AdviceAnswer, AdviceMessage } from './advice-messages'
import { AdvisorView } from './advisor-view'

/**
 * A stand-in for the browser's Worker in jsdom: it answers each request with advise() a tick later,
 * in the test's own realm (the real worker runs the same function in a worker's).
 */
export function stubAdviceWorker(): void {
  vi.stubGlobal(
    'Worker',
    class {
      onmessage: ((event: MessageEvent<AdviceAnswer>) => void) | null = null
      onerror = null
      private stopped = false
      postMessage(message: AdviceMessage) {
        if (message.type !== 'advise') return
        const { id, scenario, goals } = message
        setTimeout(() => {
          if (this.stopped) return
          const data: AdviceAnswer = { id, ok: true, result: structuredClone(advise(scenario, goals)), elapsedMs: 7, computeMs: 7 }
          act(() => this.onmessage?.({ data } as MessageEvent<AdviceAnswer>))
        })
      }
      terminate() {
        this.stopped = true
      }
    },
  )
}

function Advisor() {
  const scenario = useDashboardStore((s) => s.scenario)
  const evaluation = useMemo(() => evaluateScenario(scenario), [scenario])
  return <AdvisorView scenario={scenario} evaluation={evaluation} />
}

/** The Advisor tab inside the dashboard's store and a language, as the dashboard renders it; the store is handed back. */
export function advisorInDashboard(presetId: string, locale: Locale): { element: React.ReactElement; store: StoreApi<DashboardState> } {
  const store = createDashboardStore(initialStateFor(presetId))
  const element = (
    <LocaleProvider initial={locale}>
      <DashboardStoreContext.Provider value={store}>
        <Advisor />
      </DashboardStoreContext.Provider>
    </LocaleProvider>
  )
  return { element, store }
}
