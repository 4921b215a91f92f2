// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { Locale } from '@/lib/i18n/locale'
import { PRICE_ROWS_DRAWN, PriceList } from './price-list'
import type { CatalogPrice, DesignPriceOverride } from './price-list-rows'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const TODAY = new Date('2026-12-06T12:00:00Z')

const PRICES: CatalogPrice[] = [
  { key: 'ec2.linux.t3.medium.hour', usd: 0.0416, unit: 'per hour', basis: 'published', source: 'AWS EC2 on-demand', asOf: '2026-07-20', explanation: null },
  { key: 'ec2.linux.t2.micro.hour', usd: 0.0116, unit: 'per hour', basis: 'published', source: 'kube-resource-report', asOf: '2020-07-02', explanation: null },
  { key: 'rds.mysql.db.t3.large.single_az.hour', usd: 0.136, unit: 'per hour', basis: 'published', source: 'AWS RDS pricing', asOf: '2025-10-27', explanation: null },
  { key: 'rds.mysql.db.t3.large.multi_az.hour', usd: 0.272, unit: 'per hour', basis: 'derived', source: 'RDS User Guide', asOf: '2025-10-27', explanation: '2 × Single-AZ' },
  { key: 'reserved.rds.db.t3.small.1yr_all_upfront.effective_hour', usd: 0.0812, unit: 'per hour', basis: 'seed-stated', source: 'shared/seeds/001', asOf: '2025 (seed document)', explanation: null },
  { key: 'elasticache.redis.cache.m4.large.hour', usd: null, unit: 'per hour', basis: 'unknown', source: null, asOf: null, explanation: 'not listed' },
  { key: 'nat_gateway.hour', usd: 0.045, unit: 'per hour', basis: 'published', source: 'AWS VPC pricing', asOf: 'date unknown', explanation: null },
]

let root: Root | null = null
let container: HTMLElement

async function render(prices: readonly CatalogPrice[], locale: Locale = 'en', overrides?: readonly DesignPriceOverride[]) {
  container = document.createElement('div')
  document.body.append(container)
  await act(async () => {
    root = createRoot(container)
    root.render(<PriceList prices={prices} overrides={overrides} today={TODAY} locale={locale} />)
  })
}

afterEach(() => {
  act(() => root?.unmount())
  container.remove()
})

/** The select or input whose label reads exactly `name` (the control's accessible name). */
function control<T extends HTMLElement>(name: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === name)
  const found = label && container.ownerDocument.getElementById(label.htmlFor)
  if (!found) throw new Error(`no control named ${name}`)
  return found as T
}

async function choose(name: string, value: string) {
  const select = control<HTMLSelectElement>(name)
  await act(async () => {
    select.value = value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

async function type(name: string, text: string) {
  const input = control<HTMLInputElement>(name)
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

const keys = () => [...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-price-key'))
const status = () => container.querySelector('[role="status"]')!.textContent

describe('the price list (issue 12 §4)', () => {
  it('lists every price with its date, and marks a price older than 12 months "old (date)"', async () => {
    await render(PRICES)
    expect(keys()).toHaveLength(PRICES.length)
    const row = (key: string) => container.querySelector(`tr[data-price-key="${key}"]`)!.textContent
    expect(row('ec2.linux.t2.micro.hour')).toContain('2020-07-02old (2020-07-02)')
    expect(row('ec2.linux.t3.medium.hour')).not.toContain('old')
    // A seed dated only "2025" may mean December 2025: not yet 12 months.
    expect(row('reserved.rds.db.t3.small.1yr_all_upfront.effective_hour')).not.toContain('old (')
    // No date, no mark.
    expect(row('nat_gateway.hour')).toContain('date unknown')
    expect(row('nat_gateway.hour')).not.toContain('old (')
    expect(status()).toBe('7 of 7 prices.')
  })

  it('filters by service, a reservation counted under its own service', async () => {
    await render(PRICES)
    expect([...control<HTMLSelectElement>('Service').options].map((o) => o.text)).toEqual(['All services', 'EC2', 'RDS', 'ElastiCache', 'NAT gateway'])
    await choose('Service', 'rds')
    expect(keys()).toEqual(['rds.mysql.db.t3.large.single_az.hour', 'rds.mysql.db.t3.large.multi_az.hour', 'reserved.rds.db.t3.small.1yr_all_upfront.effective_hour'])
  })

  it('filters by basis: published, derived, stated by the seed, your assumption, unknown', async () => {
    await render(PRICES)
    expect([...control<HTMLSelectElement>('Basis').options].map((o) => o.text)).toEqual(['All bases', 'published', 'derived', 'stated by the seed', 'your assumption', 'unknown'])
    await choose('Basis', 'unknown')
    expect(keys()).toEqual(['elasticache.redis.cache.m4.large.hour'])
    await choose('Basis', 'assumed')
    expect(keys()).toEqual([])
    expect(status()).toBe('No price matches these filters.')
  })

  it('lists the design\'s own prices as "your assumption", in place of the catalog\'s', async () => {
    await render(PRICES, 'en', [{ key: 'nat_gateway.hour', usd: 0.04 }])
    await choose('Basis', 'assumed')
    expect(keys()).toEqual(['nat_gateway.hour'])
    const cells = [...container.querySelectorAll('tr[data-price-key="nat_gateway.hour"] td')].map((td) => td.textContent)
    expect(cells).toEqual(['nat_gateway.hour', '$0.04', 'per hour', 'your assumption', 'this design’s own price (pricing.overrides)', '—'])
  })

  it('searches keys by class, every word required, together with the other filters', async () => {
    await render(PRICES)
    await type('Key or class', 'db.t3.large multi')
    expect(keys()).toEqual(['rds.mysql.db.t3.large.multi_az.hour'])
    await type('Key or class', 'T3')
    await choose('Service', 'ec2')
    expect(keys()).toEqual(['ec2.linux.t3.medium.hour'])
  })

  it('draws at most the first rows of a long region and says how many match', async () => {
    const many = Array.from({ length: 1400 }, (_, i) => ({ ...PRICES[0]!, key: `ec2.linux.c${i}.large.hour` }))
    await render(many)
    expect(keys()).toHaveLength(PRICE_ROWS_DRAWN)
    expect(status()).toBe(`1,400 of 1,400 prices match; the first ${PRICE_ROWS_DRAWN} are shown. Narrow the list with the filters or the search.`)
    await type('Key or class', 'c1399.')
    expect(keys()).toEqual(['ec2.linux.c1399.large.hour'])
  })

  it('speaks Korean', async () => {
    await render(PRICES, 'ko')
    expect(control('서비스')).not.toBeNull()
    expect(control('근거')).not.toBeNull()
    expect(container.querySelector('tr[data-price-key="ec2.linux.t2.micro.hour"]')!.textContent).toContain('오래됨 (2020-07-02)')
    expect(status()).toBe('단가 7개 중 7개.')
  })
})
