import { Dashboard } from '@/components/dashboard/dashboard'
import { initialStateFromLink } from '@/components/dashboard/initial-state-from-link'
import { PriceSheets } from '@/components/pricing/price-sheets'
import { evaluateScenario, priceOptions } from '@/lib/evaluate'
import { priceSheetsFor } from '@/lib/pricing/price-sheet'
import { withSnapshotAsLink } from '@/server/snapshots'

/**
 * The dashboard; a shared link's scenario is decoded here so the first paint already shows it,
 * with the prices it was priced with (the browser loads the region's whole book afterwards).
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { params, missing } = await withSnapshotAsLink(await searchParams)
  const { initial, openedFromLink } = initialStateFromLink(params, missing)
  const { scenario } = initial
  const sheets = priceSheetsFor(() => priceOptions(scenario, evaluateScenario(scenario)))
  return (
    <PriceSheets sheets={sheets}>
      <Dashboard initial={initial} openedFromLink={openedFromLink} />
    </PriceSheets>
  )
}
