'use client'

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import { useDashboardStore, useDashboardStoreApi } from '@/components/store/dashboard-store'
import type { Notice } from '@/components/store/initial-state'
import type { EditName } from '@/lib/i18n/catalog/notice-reasons'
import type { ArchitectureConfig, FieldError } from '@/lib/model'

/** The field whose edit the model refused last, with the notice that said why. */
type Refusal = { field: string; notice: Notice }

const RefusalContext = createContext<{ refusal: Refusal | null; setRefusal: (r: Refusal | null) => void } | null>(null)

/** Holds the last refusal for the fields of one inspected part. */
export function RefusalProvider({ children }: { children: ReactNode }) {
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  return <RefusalContext.Provider value={{ refusal, setRefusal }}>{children}</RefusalContext.Provider>
}

function useRefusalContext() {
  const context = useContext(RefusalContext)
  if (!context) throw new Error('inspector fields need a RefusalProvider')
  return context
}

export type ApplyEdit = (field: string, what: EditName, change: (config: ArchitectureConfig) => ArchitectureConfig) => boolean

/**
 * Applies an edit of the config through the store's editScenario (the schema validates it, undo
 * records it). A refusal is remembered against `field`, so that field shows what was wrong.
 */
export function useApplyEdit(): ApplyEdit {
  const editScenario = useDashboardStore((s) => s.editScenario)
  const store = useDashboardStoreApi()
  const { setRefusal } = useRefusalContext()
  return useCallback(
    (field, what, change) => {
      const ok = editScenario(what, (scenario) => ({ ...scenario, config: change(scenario.config) }))
      const notice = store.getState().notice
      setRefusal(!ok && notice ? { field, notice } : null)
      return ok
    },
    [editScenario, store, setRefusal],
  )
}

/**
 * The model's field errors for `field`'s last edit, while its notice still stands: a later edit,
 * an undo or dismissing the notice clears them.
 */
export function useFieldRefusal(field: string): FieldError[] | null {
  const { refusal } = useRefusalContext()
  const notice = useDashboardStore((s) => s.notice)
  if (!refusal || refusal.field !== field || refusal.notice !== notice) return null
  return notice.details ?? []
}
