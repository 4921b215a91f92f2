'use client'

import { useDeferredValue, useId, useMemo, useState } from 'react'
import { OldPriceMark } from '@/components/ui/old-price-mark'
import type { Locale } from '@/lib/i18n/locale'
import { uiWords } from '@/lib/i18n/messages'
import { priceBasisNames } from '@/lib/i18n/catalog/say-cost'
import { sayPriceListView } from '@/lib/i18n/catalog/say-price-list-view'
import { wordsIn } from '@/lib/i18n/catalog/words-in'
import { filterPriceRows, PRICE_LIST_BASES, servicesIn, toPriceRows, withDesignPrices, type CatalogPrice, type DesignPriceOverride, type PriceListBasis } from './price-list-rows'
import type { PriceService } from '@/lib/pricing/price-service'

/**
 * How many rows the table draws at most: a region lists up to ~1,900 prices, and drawing them all
 * on each key press of the search would make it lag; the count line says when more match.
 */
export const PRICE_ROWS_DRAWN = 200

const SELECT = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 focus-visible:outline-2 focus-visible:outline-sky-600'

/**
 * A region's prices, with the design's own (`overrides`, "your assumption") in place of the
 * catalog's, filtered by service and basis and searched by key or class; each row shows
 * its source, its date and, when the date is more than 12 months before `today`, "old (date)".
 * The region is chosen by the dialog, since it decides which prices load.
 */
export function PriceList({ prices, overrides, today, locale }: { prices: readonly CatalogPrice[]; overrides?: readonly DesignPriceOverride[]; today: Date; locale: Locale }) {
  const t = uiWords(locale)
  const w = wordsIn('price-list-view', sayPriceListView, locale)
  const id = useId()
  const [service, setService] = useState<PriceService | 'all'>('all')
  const [basis, setBasis] = useState<PriceListBasis | 'all'>('all')
  const [query, setQuery] = useState('')
  // The search filters after the key press is drawn, so typing stays responsive on a long list.
  const deferredQuery = useDeferredValue(query)
  const ownPriceSource = w('override-source')
  const rows = useMemo(() => toPriceRows(withDesignPrices(prices, overrides ?? [], ownPriceSource), today), [prices, overrides, ownPriceSource, today])
  const services = useMemo(() => servicesIn(rows), [rows])
  const matching = useMemo(() => filterPriceRows(rows, { service, basis, query: deferredQuery }), [rows, service, basis, deferredQuery])
  const drawn = matching.slice(0, PRICE_ROWS_DRAWN)
  // The catalog API sends the basis as a plain string; an unexpected one is shown as sent.
  const basisLabels: Record<string, string> = priceBasisNames(locale)
  return (
    <>
      <fieldset className="mt-3 flex flex-wrap items-end gap-3 text-xs">
        <legend className="sr-only">{w('filters')}</legend>
        {/* Labels beside their controls, not around them: a wrapping label would add the chosen option to the control's name. */}
        <div className="flex flex-col gap-1 text-slate-600">
          <label htmlFor={`${id}-service`}>{w('service')}</label>
          <select id={`${id}-service`} className={SELECT} value={service} onChange={(e) => setService(e.target.value as PriceService | 'all')}>
            <option value="all">{w('all-services')}</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {w('service-name', { service: s })}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1 text-slate-600">
          <label htmlFor={`${id}-basis`}>{w('basis')}</label>
          <select id={`${id}-basis`} className={SELECT} value={basis} onChange={(e) => setBasis(e.target.value as PriceListBasis | 'all')}>
            <option value="all">{w('all-bases')}</option>
            {PRICE_LIST_BASES.map((b) => (
              <option key={b} value={b}>
                {basisLabels[b]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-48 flex-1 flex-col gap-1 text-slate-600">
          <label htmlFor={`${id}-search`}>{w('search')}</label>
          <input id={`${id}-search`} type="search" className={SELECT} value={query} placeholder={w('search-hint')} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${id}-count`} />
        </div>
      </fieldset>
      <p id={`${id}-count`} role="status" className="mt-2 text-xs text-slate-500">
        {matching.length === 0 ? w('none') : w('count', { matching: matching.length, total: rows.length, shown: drawn.length })}
      </p>
      {/* On a phone the table keeps readable columns; the dialog (focusable, so a keyboard can too) scrolls sideways. */}
      <table className="mt-2 w-full min-w-[40rem] text-left text-xs">
        <thead className="text-slate-500">
          <tr>
            <th className="py-1 pr-3 font-medium">{t('prices.colPrice')}</th>
            <th className="py-1 pr-3 text-right font-medium">{t('prices.colUsd')}</th>
            <th className="py-1 pr-3 font-medium">{t('prices.colUnit')}</th>
            <th className="py-1 pr-3 font-medium">{t('prices.colBasis')}</th>
            <th className="py-1 pr-3 font-medium">{w('col-source')}</th>
            <th className="py-1 font-medium">{w('col-date')}</th>
          </tr>
        </thead>
        <tbody>
          {drawn.map((p) => (
            <tr key={p.key} data-price-key={p.key} className="border-t border-slate-100 align-top">
              <td className="break-all py-1 pr-3 font-mono">
                {/* A block's min-width holds the key column open when long sources squeeze the table to its narrowest. */}
                <span className="block min-w-36">{p.key}</span>
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">{p.usd === null ? basisLabels.unknown : `$${p.usd}`}</td>
              <td className="py-1 pr-3">{p.unit}</td>
              <td className="whitespace-nowrap py-1 pr-3">{basisLabels[p.basis] ?? p.basis}</td>
              <td className="py-1 pr-3 text-slate-600">{p.source ?? p.explanation ?? '—'}</td>
              <td className="py-1 text-slate-600">
                <span className="whitespace-nowrap">{p.asOf ?? '—'}</span>
                <OldPriceMark age={p.age} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
