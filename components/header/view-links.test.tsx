// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildLargeScenario } from '@/bench/large-config'
import { findPreset } from '@/data/presets'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { mount, type Mounted } from '@/components/pseudo-locale/mount'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { initialStateFor } from '@/components/store/initial-state'
import { useWorkspaceLink } from '@/components/workspace/workspace-link-store'
import { MAX_URL_CHARS, type Scenario } from '@/lib/model'
import { ViewLinks } from './view-links'

const ID = 'S'.repeat(43)
const seed = findPreset('swiftlogix')!.scenario
const summary = (id: string, updatedAt: string) => ({ id, name: id, latestVersion: 2, copiedFromId: null, createdAt: '', updatedAt })
/** Three saved plans; sc_2 is the one the dashboard's work is linked to. */
const SAVED = [summary('sc_1', '2026-12-01'), summary('sc_2', '2026-12-03'), summary('sc_3', '2026-12-02')]
let page: Mounted | null = null
const posted: unknown[] = []
const assigned: string[] = []

beforeEach(() => {
  posted.length = 0
  assigned.length = 0
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/snapshots' && init?.method === 'POST') {
        const scenario = JSON.parse(String(init.body)).scenario as Scenario
        posted.push(scenario)
        return Response.json({ id: scenario.config.name.startsWith('Saved') ? scenario.config.name.replace(/\W/g, '').padEnd(43, 'x') : ID }, { status: 201 })
      }
      if (url === '/api/workspaces/ws_1') return Response.json({ workspace: { id: 'ws_1', name: 'W', createdAt: '', updatedAt: '', scenarios: SAVED } })
      const version = /^\/api\/workspaces\/ws_1\/scenarios\/(sc_\d)\/versions\/(\d)$/.exec(url)
      if (version) return Response.json({ version: { ok: true, scenarioId: version[1], version: Number(version[2]), scenario: { ...seed, config: { ...seed.config, name: `Saved ${version[1]}` } } } })
      return Response.json({ error: 'not here' }, { status: 404 })
    }),
  )
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, assign: (href: string) => void assigned.push(href) } as Location)
})
afterEach(() => {
  page?.unmount()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  useWorkspaceLink.setState({ workspaceId: null, link: null })
})

async function open(scenario: Scenario | null, presetId: string | null = null): Promise<{ present: HTMLAnchorElement; compare: HTMLAnchorElement }> {
  const initial = scenario ? { ...initialStateFor(), scenario, presetId } : initialStateFor()
  page = await mount(
    <LocaleProvider initial="en">
      <DashboardStoreProvider initial={initial}>
        <ViewLinks linkClassName="link" />
      </DashboardStoreProvider>
    </LocaleProvider>,
  )
  const [present, compare] = [...page.container.querySelectorAll('a')]
  return { present: present!, compare: compare! }
}

describe('the header\'s Present and Compare links', () => {
  it('carry an untouched preset and never offer a one-plan comparison', async () => {
    const { present, compare } = await open(null)
    expect(present.getAttribute('href')).toBe('/present?preset=swiftlogix')
    expect(compare.getAttribute('href')).toBe('/compare?presets=swiftlogix,swiftlogix-seoul-final&lang=en')
    expect(posted).toEqual([])
  })

  it('know an untouched preset by its content, as the server\'s copy of it arrives', async () => {
    const { present, compare } = await open(structuredClone(seed), 'swiftlogix')
    expect(present.getAttribute('href')).toBe('/present?preset=swiftlogix')
    expect(compare.getAttribute('href')).toBe('/compare?presets=swiftlogix,swiftlogix-seoul-final&lang=en')
  })

  it('name the 200-service design by a snapshot the click waits for, and stay under 8,000 characters', async () => {
    const { present, compare } = await open(buildLargeScenario(200))
    expect(present.getAttribute('href')!.length).toBeLessThan(MAX_URL_CHARS)
    expect(compare.getAttribute('href')!.length).toBeLessThan(MAX_URL_CHARS)
    // Clicked before the snapshot was stored ahead (2 s after the last change): the click stores it, then goes.
    await act(async () => void present.click())
    await act(async () => void (await new Promise((r) => setTimeout(r, 20))))
    expect(assigned).toEqual([`/present?snap=${ID}`])
    expect(posted).toHaveLength(1)
    // Once stored, both are plain links (a middle-click or a copied address works too).
    expect(present.getAttribute('href')).toBe(`/present?snap=${ID}`)
    expect(compare.getAttribute('href')).toBe(`/compare?presets=swiftlogix&snap=${ID}&lang=en`)
    // The same design object is stored once.
    expect(posted).toHaveLength(1)
  })

  it('open Compare with the plans saved in the workspace, read and stored on hover, the edited one left out', async () => {
    useWorkspaceLink.setState({ workspaceId: 'ws_1', link: { workspaceId: 'ws_1', scenarioId: 'sc_2', scenarioName: 'sc_2', version: 2, fingerprint: '' } })
    const { compare } = await open(null)
    await act(async () => void compare.dispatchEvent(new Event('focusin', { bubbles: true })))
    await act(async () => void (await new Promise((r) => setTimeout(r, 50))))
    const sc3 = 'Savedsc_3'.padEnd(43, 'x')
    const sc1 = 'Savedsc_1'.padEnd(43, 'x')
    expect(compare.getAttribute('href')).toBe(`/compare?presets=swiftlogix&snap=${sc3}&snap=${sc1}&lang=en`)
  })
})
