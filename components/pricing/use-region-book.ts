'use client'

import { useEffect, useSyncExternalStore } from 'react'
import type { Region } from '@/lib/model'
import { regionBooksVersion, subscribeRegionBooks } from '@/lib/pricing/region-books'
import { ensureRegionBook } from './load-region-book'

/**
 * Asks for the region's price book and returns the books' version, which changes when any book
 * arrives: pass it to the evaluation cache so the figures are recomputed with the new prices.
 */
export function useRegionBook(region: Region): number {
  const version = useSyncExternalStore(subscribeRegionBooks, regionBooksVersion, regionBooksVersion)
  useEffect(() => {
    void ensureRegionBook(region)
  }, [region])
  return version
}
