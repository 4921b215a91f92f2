'use client'

import { useLocale, useT } from '@/components/i18n/locale-provider'
import { PRICE_BASIS_LABELS, type Locale } from '@/lib/i18n'
import { useState } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { usePriceCatalog } from './use-server-data'

/** The dialog's own words; keys, units and sources are the catalog's as published. */
const WORDS = {
  en: {
    title: (region: string) => `Unit prices — ${region}`,
    label: (region: string) => `Unit prices for ${region}`,
    loading: 'Loading prices…',
    failed: (why: string) => `The price catalog could not be loaded (${why}).`,
    retry: 'Retry',
    compiled: (date: string) => `Catalog compiled ${date}. Unknown prices are never counted as $0.`,
    columns: ['Price', 'USD', 'Unit', 'Basis', 'Source and date'],
  },
  ko: {
    title: (region: string) => `단가표 — ${region}`,
    label: (region: string) => `${region} 단가표`,
    loading: '단가를 불러오는 중…',
    failed: (why: string) => `단가표를 불러오지 못했습니다(${why}).`,
    retry: '다시 시도',
    compiled: (date: string) => `카탈로그 작성일 ${date}. 알 수 없는 단가는 절대 $0으로 세지 않습니다.`,
    columns: ['단가', 'USD', '단위', '근거', '출처와 날짜'],
  },
} satisfies Record<Locale, unknown>

/** Every unit price of the current region with its source and date, loaded from /api/prices. */
export function PriceCatalogDialog() {
  const region = useDashboardStore((s) => s.scenario.config.region)
  const [opened, setOpened] = useState(false)
  const catalog = usePriceCatalog(region, opened)
  const t = useT()
  const { locale } = useLocale()
  const w = WORDS[locale]
  // The catalog API sends the basis as a plain string; an unexpected one is shown as sent.
  const basisLabels: Record<string, string> = PRICE_BASIS_LABELS[locale]
  return (
    <>
      <button type="button" popoverTarget="price-catalog" onClick={() => setOpened(true)} className="whitespace-nowrap rounded-md px-2.5 py-1.5 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400">
        {t('header.prices')}
      </button>
      {/* Focusable, so a keyboard can scroll the long table (it holds no links or buttons). */}
      <div id="price-catalog" popover="auto" role="dialog" aria-label={w.label(region)} tabIndex={0} className="m-auto max-h-[80vh] w-[min(64rem,92vw)] overflow-auto rounded-xl border border-slate-200 bg-white p-5 text-slate-800 shadow-2xl backdrop:bg-slate-900/30 focus-visible:outline-2 focus-visible:outline-sky-600">
        <h2 className="text-base font-semibold">{w.title(region)}</h2>
        {catalog.isPending && <p className="mt-3 text-sm text-slate-500">{w.loading}</p>}
        {catalog.isError && (
          <p role="alert" className="mt-3 text-sm text-rose-700">
            {w.failed(catalog.error.message)}{' '}
            <button type="button" className="underline" onClick={() => catalog.refetch()}>
              {w.retry}
            </button>
          </p>
        )}
        {catalog.data && (
          <>
            <p className="mt-1 text-xs text-slate-500">{w.compiled(catalog.data.compiled)}</p>
            <table className="mt-3 w-full text-left text-xs">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1 pr-3 font-medium">{w.columns[0]}</th>
                  <th className="py-1 pr-3 text-right font-medium">{w.columns[1]}</th>
                  <th className="py-1 pr-3 font-medium">{w.columns[2]}</th>
                  <th className="py-1 pr-3 font-medium">{w.columns[3]}</th>
                  <th className="py-1 font-medium">{w.columns[4]}</th>
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
