import { Dashboard } from '@/components/dashboard/dashboard'
import { initialStateFromLink } from '@/components/dashboard/initial-state-from-link'

/** The dashboard; a shared link's scenario is decoded here so the first paint already shows it. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { initial, openedFromLink } = initialStateFromLink(await searchParams)
  return <Dashboard initial={initial} openedFromLink={openedFromLink} />
}
