// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { pseudoLocalize } from '@/lib/i18n/catalog/pseudo'
import type { SaveConflict } from '@/server/workspaces/types'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords, seenInMarkdown } from './check-page'
import { collectSeen, type Seen } from './find-leaks'
import { click, mount, type Mounted } from './mount'
import { pageProps, titleOf } from './next-server'
import { preparePseudoPages } from './prepare-pages'
import { serveApiInProcess } from './serve-api'

const swiftlogix = findPreset('swiftlogix')!.scenario
const seoul = findPreset('swiftlogix-seoul-final')!.scenario

/** What the people in this workspace typed: shown as typed in every language. */
const TYPED = { workspace: 'Seoul move', plans: ['Current plan', 'Seoul final'], title: 'Move to Seoul', context: 'Latency for Korean users', consequences: 'Higher cost' }

let stopApi: () => Promise<void>

async function api<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json()) as T }
}

/** A workspace as people leave it: two plans, a second version of one, a decision between them, and a save that collided. */
async function seedWorkspace(): Promise<{ workspaceId: string; conflict: SaveConflict; shareId: string }> {
  const { body } = await api<{ workspace: { id: string } }>('/api/workspaces', { name: TYPED.workspace })
  const workspaceId = body.workspace.id
  const scenarioIds: string[] = []
  for (const [i, scenario] of [swiftlogix, seoul].entries()) {
    const created = await api<{ scenario: { id: string } }>(`/api/workspaces/${workspaceId}/scenarios`, { name: TYPED.plans[i], scenario })
    scenarioIds.push(created.body.scenario.id)
  }
  await api(`/api/workspaces/${workspaceId}/scenarios/${scenarioIds[0]}/versions`, { baseVersion: 1, scenario: seoul })
  const collided = await api<{ conflict: SaveConflict }>(`/api/workspaces/${workspaceId}/scenarios/${scenarioIds[0]}/versions`, { baseVersion: 1, scenario: swiftlogix })
  expect(collided.status).toBe(409)
  const options = scenarioIds.map((scenarioId, i) => ({ scenarioId, version: 1, name: TYPED.plans[i] }))
  const decided = await api(`/api/workspaces/${workspaceId}/decisions`, { title: TYPED.title, context: TYPED.context, options, chosenScenarioId: scenarioIds[1], consequences: TYPED.consequences })
  expect(decided.status).toBe(201)
  const shared = await api<{ id: string }>('/api/share', { workspaceId, scenarioId: scenarioIds[1], version: 1 })
  return { workspaceId, conflict: collided.body.conflict, shareId: shared.body.id }
}

beforeAll(async () => {
  await preparePseudoPages()
  stopApi = serveApiInProcess()
})

afterAll(async () => {
  await stopApi?.()
})

describe('the workspaces page in the pseudo-locale', () => {
  let page: Mounted
  let seeded: Awaited<ReturnType<typeof seedWorkspace>>
  const allowed = () => allowedFor([swiftlogix, seoul], [...Object.values(TYPED).flat(), `${TYPED.plans[0]} (conflict copy)`])
  const $$ = (selector: string) => [...page.container.querySelectorAll<HTMLElement>(selector)]

  beforeAll(async () => {
    seeded = await seedWorkspace()
    const { default: WorkspacesRoute } = await import('@/app/workspaces/page')
    const { LocaleProvider } = await import('@/components/i18n/locale-provider')
    const { Providers } = await import('@/components/providers')
    window.localStorage.clear()
    // A workspace link opens the workspace, as "Copy workspace link" hands it to a colleague.
    window.history.replaceState(null, '', `/workspaces#ws=${seeded.workspaceId}`)
    page = await mount(
      <LocaleProvider initial="en">
        <Providers>
          <WorkspacesRoute />
        </Providers>
      </LocaleProvider>,
    )
  }, 120_000)
  afterAll(() => page?.unmount())

  it('words a workspace, its plans, their history and share links, and the decision log through the catalog', async () => {
    // The two plans and the conflict copy the collided save made.
    expect($$('[data-testid="scenario-row"]'), 'the workspace opened with its plans').toHaveLength(3)
    const title = { where: 'workspaces › <title>', text: await titleOf(await import('@/app/workspaces/page')) }
    const seen: Seen[] = [title, ...collectSeen(page.container, 'workspaces')]
    for (const row of $$('[data-testid="scenario-row"]')) {
      for (const toggle of [...row.querySelectorAll('button[aria-expanded]')]) {
        await click(toggle)
        const share = row.querySelector('[data-testid="share-link"] button')
        if (share) await click(share)
        seen.push(...collectSeen(row, `workspaces › plan ${row.getAttribute('aria-label')}`))
      }
    }
    expect($$('[data-testid="decision-card"]'), 'the decision log loaded').toHaveLength(1)
    // "Record a decision" opens the form; sent empty, it shows the server's field errors.
    await click(page.container.querySelector('section[aria-labelledby="decision-log-title"] > div > button'))
    const form = page.container.querySelector<HTMLFormElement>('section[aria-labelledby="decision-log-title"] form')
    expect(form, 'the decision form opened').not.toBeNull()
    await click(form!.querySelector('button[type="submit"]'))
    seen.push(...collectSeen(page.container, 'workspaces (decision form sent empty)'))
    // "Open" on a plan while the dashboard holds other work; "Forget" asks first.
    await click($$('[data-testid="scenario-row"] button')[0])
    // Its accessible name holds the workspace's name, plain or (inside a catalog message) accented.
    const named = [TYPED.workspace, pseudoLocalize(TYPED.workspace).slice(1, -1)]
    const forget = $$('button[aria-label]').find((b) => named.some((n) => b.getAttribute('aria-label')!.includes(n)) && !b.closest('[data-testid="scenario-row"]'))
    expect(forget, 'the workspace can be forgotten').toBeDefined()
    await click(forget)
    expect($$('[data-testid="forget-workspace"]'), 'forgetting asks first').toHaveLength(1)
    seen.push(...collectSeen(page.container, 'workspaces (plan opened, forget asked)'))
    expectOnlyCatalogWords(seen, allowed(), 30)
  })

  it('words a shared version (/s/<id>, the deck read-only) through the catalog, its title included', async () => {
    const route = await import('@/app/s/[id]/page')
    const props = pageProps({}, { id: seeded.shareId })
    window.localStorage.clear()
    const shared = await mount(await route.default(props))
    try {
      expect(shared.container.querySelectorAll('section[data-slide]')).toHaveLength(7)
      const title = { where: 'shared version › <title>', text: await titleOf(route, props) }
      expectOnlyCatalogWords([title, ...collectSeen(shared.container, 'shared version')], allowed(), 40)
    } finally {
      shared.unmount()
    }
  })

  it('words the decision record (ADR) and the index a decision downloads as through the catalog', async () => {
    const { renderAdrIndex, renderAdrMarkdown } = await import('@/lib/decisions/render-adr')
    const response = await fetch(`/api/workspaces/${seeded.workspaceId}/decisions`)
    const { decisions } = (await response.json()) as { decisions: Parameters<typeof renderAdrMarkdown>[0][] }
    expect(decisions).toHaveLength(1)
    const adr = renderAdrMarkdown(decisions[0]!, 'en')
    const index = renderAdrIndex(decisions, 'en')
    expectOnlyCatalogWords([...seenInMarkdown(adr.markdown, `ADR ${adr.fileName}`), ...seenInMarkdown(index.markdown, `ADR ${index.fileName}`)], allowed(), 10)
  })

  it('words the notice after a save that collided through the catalog', async () => {
    const { ConflictNotice } = await import('@/components/workspace/conflict-notice')
    const { DashboardStoreProvider } = await import('@/components/store/dashboard-store-provider')
    const { initialStateFor } = await import('@/components/store/initial-state')
    const { LocaleProvider } = await import('@/components/i18n/locale-provider')
    const { Providers } = await import('@/components/providers')
    const notice = await mount(
      <LocaleProvider initial="en">
        <Providers>
          <DashboardStoreProvider initial={initialStateFor('swiftlogix')}>
            <ConflictNotice conflict={seeded.conflict} workspaceId={seeded.workspaceId} workspaceName={TYPED.workspace} />
          </DashboardStoreProvider>
        </Providers>
      </LocaleProvider>,
    )
    try {
      expectOnlyCatalogWords(collectSeen(notice.container, 'workspaces › save conflict'), allowed(), 2)
    } finally {
      notice.unmount()
    }
  })
})
