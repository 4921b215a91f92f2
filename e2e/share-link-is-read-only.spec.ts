import { test, expect } from './fixtures'
import { presetScenario } from './engine-figures'

/**
 * A share link grants reading one frozen plan, nothing more: its page, the payloads the page loads
 * and its links carry no workspace or scenario id, and every write tried with what the page
 * exposes (the share id) is refused while the workspace stays exactly as it was.
 */
test('from a share link alone, no write succeeds and no workspace id is learned', async ({ browser, request }) => {
  const scenario = presetScenario('swiftlogix-seoul-final')
  const workspace = (await (await request.post('/api/workspaces', { data: { name: `Owner ${Date.now()}` } })).json()).workspace
  const saved = (await (await request.post(`/api/workspaces/${workspace.id}/scenarios`, { data: { name: 'Final', scenario } })).json()).scenario
  const shareAnswer = await request.post('/api/share', { data: { workspaceId: workspace.id, scenarioId: saved.id, version: 1 } })
  expect(shareAnswer.status()).toBe(201)
  const share = (await shareAnswer.json()) as { id: string; path: string }
  const before = await (await request.get(`/api/workspaces/${workspace.id}`)).json()

  // A visitor with nothing but the link, reading everything the server sends that browser.
  const visitor = await browser.newContext()
  const page = await visitor.newPage()
  const bodies: Promise<string>[] = []
  page.on('response', (response) => bodies.push(response.text().then((text) => `${response.url()}\n${text}`, () => response.url())))
  await page.goto(share.path)
  await expect(page.getByTestId('presentation')).toBeVisible()
  // The deck's keys work once the page is hydrated: wait for its scripts before pressing End.
  await page.waitForLoadState('networkidle')
  await page.keyboard.press('End')
  await expect(page.getByText('7 / 7').first()).toBeVisible()
  // Read-only: no way into the dashboard or the workspace panel from here.
  await expect(page.getByRole('link', { name: /Open in dashboard/i })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Workspace', exact: true })).toHaveCount(0)
  const addresses = await page.locator('a[href], form[action], [formaction]').evaluateAll((elements) => elements.map((e) => e.getAttribute('href') ?? e.getAttribute('action') ?? e.getAttribute('formaction') ?? ''))
  // The RSC payload a client navigation would fetch.
  const rsc = await visitor.request.get(share.path, { headers: { RSC: '1' } })
  const everything = [await page.content(), await rsc.text(), addresses.join('\n'), ...(await Promise.all(bodies))].join('\n')
  expect(everything).toContain('Final')
  expect(everything).not.toContain(workspace.id)
  expect(everything).not.toContain(saved.id)
  expect(everything).not.toMatch(/\b(ws|sc)_[A-Za-z0-9_-]{16,}/)

  // Every write a share holder could try, with the only id they have.
  const api = visitor.request
  const listed = await api.get('/api/workspaces')
  expect(listed.status()).toBe(405)
  expect(listed.headers()['allow']).toBe('OPTIONS, POST')
  const attempts = {
    'read the workspace': await api.get(`/api/workspaces/${share.id}`),
    rename: await api.patch(`/api/workspaces/${share.id}`, { data: { name: 'Taken over' } }),
    'save a version': await api.post(`/api/workspaces/${share.id}/scenarios/${share.id}/versions`, { data: { baseVersion: 1, scenario } }),
    'add a scenario': await api.post(`/api/workspaces/${share.id}/scenarios`, { data: { name: 'Planted', scenario } }),
    'create a share': await api.post('/api/share', { data: { workspaceId: share.id, scenarioId: share.id, version: 1 } }),
    'record a decision': await api.post(`/api/workspaces/${share.id}/decisions`, { data: { title: 'Mine now', context: '', options: [], chosenScenarioId: share.id, consequences: '' } }),
  }
  for (const [what, answer] of Object.entries(attempts)) {
    expect(answer.status(), what).toBeGreaterThanOrEqual(400)
    expect(answer.status(), what).toBeLessThan(500)
  }
  expect(await (await request.get(`/api/workspaces/${workspace.id}`)).json()).toEqual(before)
  expect((await (await request.get(`/api/workspaces/${workspace.id}/decisions`)).json()).decisions).toEqual([])
  await visitor.close()
})
