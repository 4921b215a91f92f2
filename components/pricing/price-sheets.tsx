'use client'

import type { ReactNode } from 'react'
import type { RegionBook } from '@/lib/pricing/region-book'
import { installPriceSheet } from '@/lib/pricing/region-books'

/**
 * Installs the prices a server-rendered page was priced with before its children render, so the
 * browser's first render shows the server's figures; the region's whole book follows on demand.
 */
export function PriceSheets({ sheets, children }: { sheets: RegionBook[]; children: ReactNode }) {
  for (const sheet of sheets) installPriceSheet(sheet)
  return children
}
