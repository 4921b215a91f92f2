'use client'

import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CatalogPrice } from './price-list-rows'

type PresetSummary = { id: string; title: string; description: string; seed: string; notes: string[]; region: string }

/** An answer other than 2xx; the page words it from the status (a network failure has none). */
export class ResponseError extends Error {
  readonly status: number
  constructor(url: string, status: number) {
    super(`${url} answered ${status}`)
    this.name = 'ResponseError'
    this.status = status
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new ResponseError(url, response.status)
  return (await response.json()) as T
}

export function usePresetList() {
  return useQuery({ queryKey: ['presets'], queryFn: () => getJson<{ presets: PresetSummary[] }>('/api/presets').then((d) => d.presets) })
}

export function usePriceCatalog(region: string, enabled: boolean) {
  return useQuery({
    queryKey: ['prices', region],
    queryFn: () => getJson<{ region: string; compiled: string; prices: CatalogPrice[] }>(`/api/prices?region=${encodeURIComponent(region)}`),
    enabled,
    // While another region loads, the list keeps the one shown, so its filters and scroll stay put.
    placeholderData: keepPreviousData,
  })
}
