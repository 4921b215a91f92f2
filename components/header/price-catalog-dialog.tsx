'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useState } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { usePriceCatalog } from './use-server-data'

const BASIS_LABEL: Record<string, string> = { published: 'published', derived: 'derived', 'seed-stated': 'stated by seed', unknown: 'unknown' }

/** Every unit price of the current region with its source and date, loaded from /api/prices. */
export function PriceCatalogDialog() {
  const region = useDashboardStore((s) => s.scenario.config.region)
  const [opened, setOpened] = useState(false)
  const catalog = usePriceCatalog(region, opened)
  const t = useT()
  return (
    <>
      <button type="button" popoverTarget="price-catalog" onClick={() => setOpened(true)} className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400">
        {t('header.prices')}
      </button>
      {/* Focusable, so a keyboard can scroll the long table (it holds no links or buttons). */}
      <div id="price-catalog" popover="auto" role="dialog" aria-label={`Unit prices for ${region}`} tabIndex={0} className="max-h-[80vh] w-[min(64rem,92vw)] overflow-auto rounded-xl border border-slate-200 bg-white p-5 text-slate-800 shadow-2xl backdrop:bg-slate-900/30 focus-visible:outline-2 focus-visible:outline-sky-600">
        <h2 className="text-base font-semibold">Unit prices — {region}</h2>
        {catalog.isPending && <p className="mt-3 text-sm text-slate-500">Loading prices…</p>}
        {catalog.isError && (
          <p role="alert" className="mt-3 text-sm text-rose-700">
            The price catalog could not be loaded ({catalog.error.message}).{' '}
            <button type="button" className="underline" onClick={() => catalog.refetch()}>
              Retry
            </button>
          </p>
        )}
        {catalog.data && (
          <>
            <p className="mt-1 text-xs text-slate-500">Catalog compiled {catalog.data.compiled}. Unknown prices are never counted as $0.</p>
            <table className="mt-3 w-full text-left text-xs">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">Price</th>
                  <th className="py-1 pr-3 text-right font-medium">USD</th>
                  <th className="py-1 pr-3 font-medium">Unit</th>
                  <th className="py-1 pr-3 font-medium">Basis</th>
                  <th className="py-1 font-medium">Source and date</th>
                </tr>
              </thead>
              <tbody>
                {catalog.data.prices.map((p) => (
                  <tr key={p.key} className="border-t border-slate-100 align-top">
                    <td className="py-1 pr-3 font-mono">{p.key}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{p.usd === null ? 'unknown' : `$${p.usd}`}</td>
                    <td className="py-1 pr-3">{p.unit}</td>
                    <td className="py-1 pr-3">{BASIS_LABEL[p.basis] ?? p.basis}</td>
                    <td className="py-1 text-slate-600">{p.source ? `${p.source} (${p.asOf})` : (p.explanation ?? '—')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </>
  )
}
