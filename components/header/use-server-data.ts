'use client'

import { useQuery } from '@tanstack/react-query'

type PresetSummary = { id: string; title: string; description: string; seed: string; notes: string[]; region: string }
type CatalogPrice = { key: string; usd: number | null; unit: string; basis: string; source: string | null; asOf: string | null; explanation: string | null }

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
    queryFn: () => getJson<{ compiled: string; prices: CatalogPrice[] }>(`/api/prices?region=${encodeURIComponent(region)}`),
    enabled,
  })
}
