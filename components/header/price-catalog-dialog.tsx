'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import { useLocale, useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { sayPriceListView } from '@/lib/i18n/catalog/say-price-list-view'
import { PRICED_REGIONS, isPricedRegion, type Region } from '@/lib/model/primitives'
import { ResponseError, usePriceCatalog } from './use-server-data'

const REGIONS = PRICED_REGIONS

/** The list with its filters loads when the dialog first shows prices, not with the page. */
const PriceList = dynamic(() => import('./price-list').then((m) => m.PriceList), { ssr: false })

/**
 * Every unit price of a region with its basis, source and date, loaded from /api/prices when the
 * dialog first opens. It shows the design's region until the reader picks another ("Price region":
 * the dashboard's own "Region" control changes the design, this one only the list).
 */
export function PriceCatalogDialog() {
  const designRegion = useDashboardStore((s) => s.scenario.config.region)
  const overrides = useDashboardStore((s) => s.scenario.config.pricing?.overrides)
  const [picked, setPicked] = useState<Region | null>(null)
  const region = picked ?? designRegion
  const [opened, setOpened] = useState(false)
  const catalog = usePriceCatalog(region, opened)
  const t = useT()
  const { locale } = useLocale()
  // Ages are counted from the day the page was opened, not re-read on every render.
  const [today] = useState(() => new Date())
  const regionControl = (
    <div className="flex flex-col gap-1 text-slate-600">
      <label htmlFor="price-catalog-region">{sayPriceListView(locale, { code: 'price-list-view.price-region', params: {} })}</label>
      <select
        id="price-catalog-region"
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-600"
        value={region}
        onChange={(e) => setPicked(e.target.value as Region)}
      >
        {(isPricedRegion(designRegion) ? REGIONS : [designRegion, ...REGIONS]).map((r) => (
          <option key={r} value={r}>
            {sayPriceListView(locale, { code: 'price-list-view.region-option', params: { region: r } })}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <>
      <button type="button" popoverTarget="price-catalog" onClick={() => setOpened(true)} className="whitespace-nowrap rounded-md px-2.5 py-1.5 max-[1680px]:px-2 text-sm font-medium text-slate-200 hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-sky-400 max-xl:text-left">
        {t('header.prices')}
      </button>
      {/* Focusable, so a keyboard can scroll the long table (it holds no links or buttons). */}
      <div id="price-catalog" popover="auto" role="dialog" aria-label={t('prices.label', { region })} tabIndex={0} className="m-auto max-h-[80vh] w-[min(64rem,92vw)] overflow-auto rounded-xl border border-slate-200 bg-white p-5 text-slate-800 shadow-2xl backdrop:bg-slate-900/30 focus-visible:outline-2 focus-visible:outline-sky-600">
        <h2 className="text-base font-semibold">{t('prices.title', { region })}</h2>
        {/* Outside the list, so it stays (and keeps focus) while another region loads or fails to. */}
        <div className="mt-3 flex text-xs">{regionControl}</div>
        {(catalog.isPending || catalog.isPlaceholderData) && <p className="mt-3 text-sm text-slate-500">{t('prices.loading')}</p>}
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
            {/* The design's own prices apply in its region only. */}
            <PriceList prices={catalog.data.prices} overrides={region === designRegion ? overrides : undefined} today={today} locale={locale} />
          </>
        )}
      </div>
    </>
  )
}
