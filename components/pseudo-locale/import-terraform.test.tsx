// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { act } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import type { ImportReport, ImportResult } from '@/lib/import/types'
import { allowedFor } from './allowed-words'
import { expectOnlyCatalogWords } from './check-page'
import { collectSeen } from './find-leaks'
import { click, mount, settle, type Mounted } from './mount'
import { preparePseudoPages } from './prepare-pages'
import { serveApiInProcess } from './serve-api'

const current = findPreset('swiftlogix')!.scenario
let stopApi: () => Promise<void>
/** The route's last answer, as the dialog received it. */
let lastImport: ImportResult | null = null

beforeAll(async () => {
  await preparePseudoPages()
  stopApi = serveApiInProcess()
  const served = globalThis.fetch
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await served(input, init)
    if (String(input).endsWith('/api/import')) lastImport = (await response.clone().json()) as ImportResult
    return response
  })
})
afterAll(async () => {
  await stopApi?.()
})

/** A fixture folder as the folder picker gives it: each file with its path under the folder. */
function pickedFolder(name: string): File[] {
  const root = path.join('test-fixtures/terraform', name)
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).flatMap((relative) => {
    const full = path.join(root, relative)
    if (!/\.(tf|tfvars|json|md)$/.test(relative)) return []
    const file = new File([readFileSync(full, 'utf8')], path.basename(relative))
    Object.defineProperty(file, 'webkitRelativePath', { value: `${name}/${relative.split(path.sep).join('/')}` })
    return [file]
  })
}

/** What a Terraform project names itself: addresses, model paths, fields and values as written. */
function namesIn(report: ImportReport): string[] {
  return [
    ...report.understood.flatMap((u) => [u.address, u.becomes]),
    ...report.assumed.flatMap((a) => [a.field, a.value]),
    ...report.skipped.map((s) => s.address),
    ...report.notes.flatMap((n) => (n.address ? [n.address] : [])),
  ]
}

describe('the Import Terraform dialog in the pseudo-locale', () => {
  let page: Mounted
  const dialog = () => page.container.querySelector<HTMLElement>('[data-testid="import-terraform-dialog"]')!
  const folderInput = () => dialog().querySelectorAll<HTMLInputElement>('input[type="file"]')[1]!

  async function pick(files: File[]): Promise<void> {
    await act(async () => {
      Object.defineProperty(folderInput(), 'files', { configurable: true, value: files })
      folderInput().dispatchEvent(new Event('change', { bubbles: true }))
    })
    await settle()
  }

  beforeAll(async () => {
    const { LocaleProvider } = await import('@/components/i18n/locale-provider')
    const { DashboardStoreProvider } = await import('@/components/store/dashboard-store-provider')
    const { ImportTerraformButton } = await import('@/components/import/import-terraform-button')
    page = await mount(
      <LocaleProvider initial="en">
        <DashboardStoreProvider initial={{ scenario: current, presetId: 'swiftlogix', ui: {} }}>
          <ImportTerraformButton />
        </DashboardStoreProvider>
      </LocaleProvider>,
    )
  })
  afterAll(() => page?.unmount())

  it('words the button and the dialog before anything is picked', async () => {
    expectOnlyCatalogWords(collectSeen(page.container.querySelector('button')!, 'import › button'), allowedFor([current]), 2)
    await click(page.container.querySelector('button'))
    expectOnlyCatalogWords(collectSeen(dialog(), 'import › dialog'), allowedFor([current]), 7)
  })

  it('words the report of a real import (notes, assumptions, skipped providers) through the catalog', async () => {
    await pick(pickedFolder('extra-providers'))
    expect(dialog().querySelector('[data-testid="import-report-understood"]'), 'the import succeeded').not.toBeNull()
    if (!lastImport?.ok) throw new Error('the fixture imports')
    expect(lastImport.report.skipped.length, 'the fixture has skipped resources').toBeGreaterThan(0)
    expectOnlyCatalogWords(collectSeen(dialog(), 'import › report'), allowedFor([current, lastImport.scenario], namesIn(lastImport.report)), 10)
  })

  it('words a syntax error and the dialog\'s own refusals through the catalog', async () => {
    await pick(pickedFolder('broken'))
    const errors = dialog().querySelector('[data-testid="import-errors"]')
    expect(errors, 'the broken file was refused').not.toBeNull()
    expectOnlyCatalogWords(collectSeen(errors!, 'import › syntax error'), allowedFor([current], ['main.tf']), 2)
    await pick([new File(['# notes'], 'README.md')])
    expectOnlyCatalogWords(collectSeen(dialog().querySelector('[data-testid="import-errors"]')!, 'import › no Terraform file'), allowedFor([current]), 2)
  })
})
