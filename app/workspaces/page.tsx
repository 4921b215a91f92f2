import type { Metadata } from 'next'
import { initialStateFor } from '@/components/store/initial-state'
import { WorkspacesPage } from '@/components/workspace/workspaces-page'

export const metadata: Metadata = { title: 'Workspaces — ArchDeck' }

/** The workspace panel on its own page, over the same work as the dashboard (restored from the browser). */
export default function Page() {
  return <WorkspacesPage initial={initialStateFor()} />
}
