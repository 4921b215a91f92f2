import { describe, expect, it, vi } from 'vitest'
import { buildLargeScenario } from '@/bench/large-config'
import { findPreset } from '@/data/presets'
import { useTemporaryDatabase } from '@/server/db/temporary-database.fixture'
import { PresentNotice } from '@/components/present/present-notice'
import { storeSnapshot, withSnapshotAsLink } from './index'

vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => ({ get: () => null }),
}))
const { default: PresentPage } = await import('@/app/present/page')
const { default: CompareRoute } = await import('@/app/compare/page')

type Element = { type: unknown; props: Record<string, any> }

useTemporaryDatabase('archdeck-snapshot-pages-')

/** The Presentation element inside the page's price sheets. */
const presentationOf = (page: Element) => page.props.children as Element

describe('/present?snap=<id>', () => {
  it('presents the 200-service design it names, and links to the dashboard by the same snapshot', async () => {
    const { id } = await storeSnapshot(buildLargeScenario(200))
    const page = (await PresentPage({ searchParams: Promise.resolve({ snap: id }) })) as Element
    const deck = presentationOf(page)
    expect(deck.props.scenario.config.services).toHaveLength(200)
    expect(deck.props.dashboardHref).toBe(`/?snap=${id}`)
    // The deck's narrative prices fit-budget's variants of 200 services: seconds, not milliseconds.
  }, 120_000)

  it('links a small stored design back to the dashboard with the design in the link', async () => {
    const { id } = await storeSnapshot(findPreset('mau-1m')!.scenario)
    const deck = presentationOf((await PresentPage({ searchParams: Promise.resolve({ snap: id }) })) as Element)
    expect(deck.props.dashboardHref).toMatch(/^\/\?s=eyJ/)
  })

  it('shows the friendly notice for an id the store does not have', async () => {
    const page = (await PresentPage({ searchParams: Promise.resolve({ snap: 'Z'.repeat(43) }) })) as Element
    expect(page.type).toBe(PresentNotice)
    expect(page.props.kind).toBe('snapshot-not-found')
  })
})

describe('/compare?snap=<id>', () => {
  it('compares stored designs with presets, and names a missing one in a notice', async () => {
    const { id } = await storeSnapshot(buildLargeScenario(200))
    const page = (await CompareRoute({ searchParams: Promise.resolve({ presets: 'swiftlogix', snap: [id, 'Y'.repeat(43)] }) })) as Element
    expect(page.props.comparison.items).toHaveLength(2)
    expect(page.props.selection.notices).toEqual([{ kind: 'missing-snapshot', position: 2, unavailable: false }])
  }, 60_000)

  it('stores the plans of a hand-made URL whose links would pass 8,000 characters, and links them by id', async () => {
    const { encodeScenarioParam } = await import('@/lib/model')
    const large = buildLargeScenario(5)
    const s = encodeScenarioParam(large)
    expect(s.length).toBeGreaterThan(8_000)
    const page = (await CompareRoute({ searchParams: Promise.resolve({ presets: 'swiftlogix', s }) })) as Element
    const [, link] = page.props.selection.items as { source: { param?: string } }[]
    expect(link!.source.param).toMatch(/^snap:[A-Za-z0-9_-]{43}$/)
  })
})

describe('/?snap=<id>', () => {
  it('opens the dashboard on the stored design, read as the s= link the dashboard understands', async () => {
    const { initialStateFromLink } = await import('@/components/dashboard/initial-state-from-link')
    const stored = findPreset('mau-1m')!.scenario
    const { id } = await storeSnapshot(stored)
    const { params, missing } = await withSnapshotAsLink({ snap: id, tab: 'finance' })
    const { initial, openedFromLink } = initialStateFromLink(params, missing)
    expect(openedFromLink).toBe(true)
    expect(initial.scenario).toEqual(stored)
    expect(initial.ui).toEqual({ tab: 'finance' })
    expect(initial.notice).toBeUndefined()
  })

  it('opens the default preset and says why when the server has no such snapshot', async () => {
    const { initialStateFromLink } = await import('@/components/dashboard/initial-state-from-link')
    const unknown = await withSnapshotAsLink({ snap: 'Q'.repeat(43) })
    expect(unknown).toEqual({ params: { snap: 'Q'.repeat(43) }, missing: 'not-found' })
    const { initial, openedFromLink } = initialStateFromLink(unknown.params, unknown.missing)
    expect(openedFromLink).toBe(true)
    expect(initial.scenario).toEqual(findPreset('swiftlogix')!.scenario)
    expect(initial.notice?.reason).toEqual({ code: 'notice.link-snapshot-missing', params: { unavailable: false } })
  })
})
