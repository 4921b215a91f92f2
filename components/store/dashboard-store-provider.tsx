'use client'

import { useState, type ReactNode } from 'react'
import { createDashboardStore, DashboardStoreContext, type InitialState } from './dashboard-store'

export function DashboardStoreProvider({ initial, children }: { initial: InitialState; children: ReactNode }) {
  const [store] = useState(() => createDashboardStore(initial))
  return <DashboardStoreContext.Provider value={store}>{children}</DashboardStoreContext.Provider>
}
