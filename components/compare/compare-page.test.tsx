// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { compareScenarios, diffConfigs, pickWinners } from '@/lib/compare'
import type { Locale } from '@/lib/i18n'
import { diffPairs } from './chart-data'
import { ComparePage } from './compare-page'
import { listPresetChoices, readSelection, type SearchParams } from './read-selection'
import { shortenNames } from './short-names'
import { withUnpricedReservations } from '@/data/presets/testing/unpriced-reservations'

/** What app/compare/page.tsx does, without the cookie. */
function renderPage(params: SearchParams, fallback: Locale = 'en', adjust: (items: ReturnType<typeof readSelection>['items']) => ReturnType<typeof readSelection>['items'] = (items) => items): Document {
  const read = readSelection(params, fallback)
  const selection = { ...read, items: adjust(read.items) }
  const { items } = selection
  const short = shortenNames(items.map((i) => i.name))
  const comparison = items.length >= 2 ? compareScenarios(items.map((item, i) => ({ ...item, name: short[i]! }))) : null
  const winners = comparison ? pickWinners(comparison) : []
  const diffs = comparison
    ? diffPairs(items.length, selection.diffMode).map(([fromIndex, toIndex]) => ({ fromIndex, toIndex, changes: diffConfigs(items[fromIndex]!.scenario, items[toIndex]!.scenario) }))
    : []
  const html = renderToStaticMarkup(<ComparePage selection={selection} comparison={comparison} winners={winners} diffs={diffs} presets={listPresetChoices()} />)
  return new DOMParser().parseFromString(html, 'text/html')
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const SEOUL = { presets: 'swiftlogix-seoul-plan1,swiftlogix-seoul-plan2,swiftlogix-seoul-plan3,swiftlogix-seoul-final' }

describe('ComparePage on the four Seoul plans', () => {
  const doc = renderPage(SEOUL)

  it('names a winner per stakeholder and badges the winning cards', () => {
    expect([...doc.querySelectorAll('tr[data-stakeholder]')].map((r) => r.getAttribute('data-stakeholder'))).toEqual(['ops', 'business', 'security', 'finance', 'cto'])
    expect(text(doc.querySelector('tr[data-stakeholder="ops"]'))).toContain('★ Plan 1 (high availability)')
    expect(text(doc.querySelector('tr[data-stakeholder="cto"]'))).toContain('Tie: all plans')
    // Finance names the cheapest only between complete totals; while a plan has unknown lines it cannot tell.
    const finance = text(doc.querySelector('tr[data-stakeholder="finance"]'))
    const seoul = compareScenarios(readSelection(SEOUL, 'en').items)
    if (seoul.items.every((i) => i.cost.complete)) expect(finance).toMatch(/★ Plan/)
    else expect(finance).toContain('Cannot tell')
    expect(text(doc.querySelector('li[data-plan="swiftlogix-seoul-plan3"]'))).toContain('₩272,389')
  })

  it('shows unknown prices as "unknown", never $0, and absent lines as a dash', () => {
    // Plans 2 and 3 on reservations no source prices (seed 001's own 1-year ones are priced).
    const unpriced = renderPage(SEOUL, 'en', (items) => items.map((item, i) => (i === 1 || i === 2 ? { ...item, scenario: withUnpricedReservations(item.scenario) } : item)))
    const rds = unpriced.querySelector('tr[data-line="rds-instance"]')!
    expect([...rds.querySelectorAll('td')].map((td) => td.getAttribute('data-state'))).toEqual(['known', 'unknown', 'unknown', 'known'])
    expect(text(unpriced.querySelector('li[data-plan="swiftlogix-seoul-plan3"]'))).toContain('at least ₩177,073')
    expect(text(rds)).not.toContain('$0.00')
    expect([...doc.querySelectorAll('tr[data-line="alb-hours:internal-alb"] td')].map((td) => text(td))).toEqual(['$16.43', '$16.43', '—', '—'])
  })

  it('colours the recovery matrix by mode and marks the rows where the plans differ', () => {
    const az = doc.querySelector('tr[data-scenario="az-outage"]')!
    expect(az.getAttribute('data-differs')).toBe('true')
    expect([...az.querySelectorAll('td span span:first-child')].map(text)).toEqual(['auto', 'partial', 'partial', 'partial'])
    expect(doc.querySelector('tr[data-scenario="task-crash"]')!.hasAttribute('data-differs')).toBe(false)
  })

  it('labels every chart for screen readers', () => {
    const charts = [...doc.querySelectorAll('figure[role="img"]')]
    expect(charts).toHaveLength(4)
    for (const chart of charts) expect(chart.getAttribute('aria-label')!.length).toBeGreaterThan(30)
    expect(charts[0]!.getAttribute('aria-label')).toContain('Plan 3 (lowest cost) $209.53')
  })

  it('diffs consecutive plans with each change\'s effect', () => {
    const last = doc.querySelector('[data-diff="swiftlogix-seoul-plan3→swiftlogix-seoul-final"]')!
    const row = last.querySelector('tr[data-path="config.services[*].count"]')!
    expect([...row.children].map(text)).toEqual(['Tasks per service', '1', '2', '+$62.18/month'])
    expect(doc.querySelectorAll('[data-diff]')).toHaveLength(3)
  })
})

describe('ComparePage edge cases', () => {
  it('renders the Korean headings', () => {
    const doc = renderPage({ ...SEOUL, lang: 'ko' })
    expect(doc.querySelector('[lang="ko"]')).not.toBeNull()
    expect(text(doc.querySelector('h1'))).toBe('계획 비교')
    const headings = [...doc.querySelectorAll('h3')].map(text)
    for (const h of ['이해관계자별 승자', '계획별 월 비용', '장애 시나리오별 복구', 'SLA 대비 p95', '계획 간 변경 사항']) expect(headings).toContain(h)
  })

  it('reads RTOs and notices in Korean, with the particle each name takes', () => {
    const doc = renderPage({ presets: 'swiftlogix,nope,swiftlogix-seoul-final', s: 'garbage', lang: 'ko' })
    expect([...doc.querySelectorAll('[data-notice]')].map(text)).toEqual([
      '프리셋 "nope"가 없어 제외했습니다.',
      '시나리오 링크 1을 읽을 수 없어 제외했습니다: ArchDeck 시나리오 링크가 아닙니다 (해독할 수 없습니다)',
    ])
    expect(text(doc.querySelector('tr[data-scenario="region-outage"] td'))).toContain('기약 없음')
    expect(text(doc.querySelector('tr[data-scenario="task-crash"] td'))).toMatch(/\d분$/)
  })

  it('explains bad entries and still compares the rest', () => {
    const doc = renderPage({ presets: 'swiftlogix,nope,swiftlogix-seoul-final', s: 'garbage' })
    expect([...doc.querySelectorAll('[data-notice]')].map((li) => li.getAttribute('data-notice'))).toEqual(['unknown-preset', 'bad-link'])
    expect(text(doc.querySelector('[role="status"]'))).toContain('There is no preset "nope"')
    expect(doc.querySelectorAll('li[data-plan]')).toHaveLength(2)
  })

  it('asks for a second plan instead of crashing when only one is given, and disables removing it', () => {
    const doc = renderPage({ presets: 'swiftlogix' })
    expect(text(doc.querySelector('[role="status"]'))).toContain('Pick at least two plans to compare.')
    expect(doc.querySelector('li[data-plan]')).toBeNull()
    expect(doc.querySelector('[data-preset="swiftlogix"]')!.getAttribute('aria-disabled')).toBe('true')
    expect(doc.querySelector('a[data-preset="standard-web"]')!.getAttribute('href')).toBe('/compare?presets=swiftlogix,standard-web&lang=en')
  })
})
