'use client'

import { useLocale, useT } from '@/components/i18n/locale-provider'
import { priceBasisNames } from '@/lib/i18n/catalog/say-cost'
import { useState } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { ResponseError, usePriceCatalog } from './use-server-data'

/** Every unit price of the current region with its source and date, loaded from /api/prices. */
export function PriceCatalogDialog() {
  const region = useDashboardStore((s) => s.scenario.config.region)
  const [opened, setOpened] = useState(false)
  const catalog = usePriceCatalog(region, opened)
  const t = useT()
  const { locale } = useLocale()
  // The catalog API sends the basis as a plain string; an unexpected one is shown as sent.
  const basisLabels: Record<string, string> = priceBasisNames(locale)
  return (
    <>
      <button type="button" popoverTarget="price-catalog" onClick={() => setOpened(true)} className="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400">
        {t('header.prices')}
      </button>
      {/* Focusable, so a keyboard can scroll the long table (it holds no links or buttons). */}
      <div id="price-catalog" popover="auto" role="dialog" aria-label={t('prices.label', { region })} tabIndex={0} className="m-auto max-h-[80vh] w-[min(64rem,92vw)] overflow-auto rounded-xl border border-slate-200 bg-white p-5 text-slate-800 shadow-2xl backdrop:bg-slate-900/30 focus-visible:outline-2 focus-visible:outline-sky-600">
        <h2 className="text-base font-semibold">{t('prices.title', { region })}</h2>
        {catalog.isPending && <p className="mt-3 text-sm text-slate-500">{t('prices.loading')}</p>}
        {catalog.isError && (
          <p role="alert" className="mt-3 text-sm text-rose-700">
            {t('prices.failed', { status: catalog.error instanceof ResponseError ? catalog.error.status : null })}{' '}
            <button type="button" className="underline" onClick={() => catalog.refetch()}>
              {t('header.retry')}
            </button>
          </p>
        )}
        {catalog.data && (
          <>
            <p className="mt-1 text-xs text-slate-500">{t('prices.compiled', { date: catalog.data.compiled })}</p>
            <table className="mt-3 w-full text-left text-xs">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">{t('prices.colPrice')}</th>
                  <th className="py-1 pr-3 text-right font-medium">{t('prices.colUsd')}</th>
                  <th className="py-1 pr-3 font-medium">{t('prices.colUnit')}</th>
                  <th className="py-1 pr-3 font-medium">{t('prices.colBasis')}</th>
                  <th className="py-1 font-medium">{t('prices.colSource')}</th>
                </tr>
              </thead>
              <tbody>
                {catalog.data.prices.map((p) => (
                  <tr key={p.key} className="border-t border-slate-100 align-top">
                    <td className="py-1 pr-3 font-mono">{p.key}</td>
                    <td className="py-1 pr-3 text-right tabular-nums">{p.usd === null ? basisLabels.unknown : `$${p.usd}`}</td>
                    <td className="py-1 pr-3">{p.unit}</td>
                    <td className="whitespace-nowrap py-1 pr-3">{basisLabels[p.basis] ?? p.basis}</td>
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
