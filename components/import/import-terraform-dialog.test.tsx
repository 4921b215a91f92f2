// @vitest-environment jsdom
import { act, useContext } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findPreset } from '@/data/presets'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import type { StoreApi } from 'zustand'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { DashboardStoreContext, type DashboardState } from '@/components/store/dashboard-store'
import { mount, settle, type Mounted } from '@/components/pseudo-locale/mount'
import type { ImportResult } from '@/lib/import/types'
import type { Locale } from '@/lib/i18n/locale'
import { ImportTerraformButton } from './import-terraform-button'

const current = findPreset('swiftlogix')!.scenario
const imported = { ...findPreset('mau-1m')!.scenario, config: { ...findPreset('mau-1m')!.scenario.config, name: 'Shop from Terraform' } }

const REPORT: ImportResult = {
  ok: true,
  scenario: imported,
  report: {
    understood: [
      { address: 'aws_vpc.main', becomes: 'network.vpc' },
      { address: 'aws_ecs_service.api', becomes: 'services[api]' },
    ],
    assumed: [{ field: 'requirements.traffic.peak.rps', value: '100', why: { code: 'import.assumed', params: { field: 'requirements.traffic.peak.rps', value: '100', why: 'not-in-terraform' } } }],
    skipped: [{ address: 'random_id.suffix', resourceType: 'random_id', why: { code: 'import.skipped', params: { resourceType: 'random_id', why: 'other-provider' } } }],
    notes: [],
  },
}
const SYNTAX_ERROR: ImportResult = { ok: false, errors: [{ code: 'import.syntax-error', params: { detail: 'Argument or block definition required' }, where: { file: 'network/main.tf', line: 8, column: 37 } }] }

let answer: () => Response | Promise<Response>
const sent: { url: string; body: unknown }[] = []

beforeEach(() => {
  sent.length = 0
  answer = () => Response.json(REPORT)
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, body: JSON.parse(String(init.body)) })
    return answer()
  })
})
afterEach(() => vi.unstubAllGlobals())

let store: StoreApi<DashboardState>
/** The store the dialog writes to, for the test to read. */
function CaptureStore() {
  store = useContext(DashboardStoreContext)!
  return null
}

async function openDialog(locale: Locale = 'en'): Promise<Mounted> {
  const page = await mount(
    <LocaleProvider initial={locale}>
      <DashboardStoreProvider initial={{ scenario: current, presetId: 'swiftlogix', ui: {} }}>
        <CaptureStore />
        <ImportTerraformButton />
      </DashboardStoreProvider>
    </LocaleProvider>,
  )
  await act(async () => button(page, locale === 'en' ? 'Import Terraform' : 'Terraform 가져오기')!.click())
  // The dialog is a chunk loaded on the first click (next/dynamic).
  for (let round = 0; round < 200 && !dialogOf(page); round++) await settle()
  return page
}

const dialogOf = (page: Mounted) => page.container.querySelector<HTMLDialogElement>('[data-testid="import-terraform-dialog"]')
const button = (page: Mounted, name: string) => [...page.container.querySelectorAll('button')].find((b) => b.textContent === name)
const inputLabelled = (page: Mounted, name: string) => [...page.container.querySelectorAll('label')].find((l) => l.textContent === name)!.querySelector('input')!

/** Picks files in an input as a browser would: `files` set, then a change event. */
async function pick(input: HTMLInputElement, files: File[]) {
  await act(async () => {
    Object.defineProperty(input, 'files', { configurable: true, value: files })
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await settle()
}

function inFolder(path: string, text: string): File {
  const file = new File([text], path.split('/').at(-1)!)
  Object.defineProperty(file, 'webkitRelativePath', { value: path })
  return file
}

describe('Import Terraform', () => {
  it('opens a dialog named "Import Terraform" with the file and folder pickers', async () => {
    const page = await openDialog()
    try {
      const dialog = dialogOf(page)!
      expect(dialog.tagName).toBe('DIALOG')
      expect(page.container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!.textContent).toBe('Import Terraform')
      const files = inputLabelled(page, 'Choose files')
      expect(files.multiple).toBe(true)
      expect(files.accept).toBe('.tf,.tf.json,.tfvars,.tfvars.json,.json')
      expect(inputLabelled(page, 'Choose folder').hasAttribute('webkitdirectory')).toBe(true)
      expect(button(page, 'Use this design')!.disabled).toBe(true)
    } finally {
      page.unmount()
    }
  })

  it('sends the Terraform files of a picked folder, paths relative to it, and leaves out .terraform, hidden folders and other files', async () => {
    const page = await openDialog()
    try {
      await pick(inputLabelled(page, 'Choose folder'), [
        inFolder('infra/main.tf', 'resource "aws_vpc" "main" {}'),
        inFolder('infra/prod.tfvars', 'azs = 2'),
        inFolder('infra/modules/net/net.tf.json', '{}'),
        inFolder('infra/.terraform/modules/x/main.tf', 'cached'),
        inFolder('infra/.git/config.json', '{}'),
        inFolder('infra/README.md', '# infra'),
      ])
      expect(sent).toEqual([
        {
          url: '/api/import',
          body: {
            files: [
              { path: 'main.tf', text: 'resource "aws_vpc" "main" {}' },
              { path: 'modules/net/net.tf.json', text: '{}' },
              { path: 'prod.tfvars', text: 'azs = 2' },
            ],
            // Found in a folder, prod.tfvars is not applied until ticked (Terraform reads it only with -var-file).
            varFiles: [],
          },
        },
      ])
    } finally {
      page.unmount()
    }
  })

  it('sends the variables typed as -var lines, and applies new ones to the same files without picking them again', async () => {
    const page = await openDialog()
    try {
      const textarea = page.container.querySelector<HTMLTextAreaElement>('textarea[aria-label="Variables (-var)"]')!
      await act(async () => {
        // React listens for input events on the value it set through the native setter.
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, 'region=eu-west-1\nreplicas = 2')
        textarea.dispatchEvent(new Event('input', { bubbles: true }))
      })
      await pick(inputLabelled(page, 'Choose files'), [new File(['variable "region" {}'], 'main.tf')])
      expect(sent.at(-1)!.body).toEqual({ files: [{ path: 'main.tf', text: 'variable "region" {}' }], vars: { region: 'eu-west-1', replicas: '2' }, varFiles: [] })
      await act(async () => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, 'region=eu-west-1\nnot a variable')
        textarea.dispatchEvent(new Event('input', { bubbles: true }))
      })
      await act(async () => button(page, 'Import again with these variables')!.click())
      await settle()
      expect(sent).toHaveLength(1)
      expect(page.container.querySelector('[data-testid="import-errors"]')!.textContent).toContain('Variables, line 2: write it as name=value.')
    } finally {
      page.unmount()
    }
  })

  it('applies a .tfvars picked as a file, and a box per such file takes it in or out and imports again', async () => {
    const page = await openDialog()
    try {
      await pick(inputLabelled(page, 'Choose files'), [new File(['variable "size" {}'], 'main.tf'), new File(['size = "large"'], 'prod.tfvars'), new File(['size = "auto"'], 'terraform.tfvars')])
      expect(sent.at(-1)!.body).toMatchObject({ varFiles: ['prod.tfvars'] })
      const box = [...page.container.querySelectorAll('label')].find((l) => l.textContent === 'prod.tfvars')!.querySelector('input')!
      expect(box.checked).toBe(true)
      await act(async () => box.click())
      await settle()
      expect(sent).toHaveLength(2)
      expect(sent.at(-1)!.body).toMatchObject({ varFiles: [] })
    } finally {
      page.unmount()
    }
  })

  it('shows the report in three tables with counts, and "Use this design" replaces the design and closes', async () => {
    const page = await openDialog()
    try {
      await pick(inputLabelled(page, 'Choose files'), [new File(['resource "aws_vpc" "main" {}'], 'main.tf')])
      const section = (name: string) => page.container.querySelector(`[data-testid="import-report-${name}"]`)!
      expect(section('understood').querySelector('h3')!.textContent).toBe('Understood (2)')
      expect([...section('understood').querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
        ['aws_vpc.main', 'network.vpc'],
        ['aws_ecs_service.api', 'services[api]'],
      ])
      expect(section('assumed').querySelector('h3')!.textContent).toBe('Assumed (1)')
      expect(section('assumed').querySelector('tbody td')!.textContent).toBe('100')
      expect(section('skipped').querySelector('h3')!.textContent).toBe('Skipped (1)')
      expect(section('skipped').querySelector('tbody th')!.textContent).toBe('random_id.suffix')
      expect(store.getState().scenario, 'nothing changes before "Use this design"').toBe(current)

      await act(async () => button(page, 'Use this design')!.click())
      expect(store.getState().scenario.config.name).toBe('Shop from Terraform')
      expect(store.getState().presetId).toBeNull()
      expect(dialogOf(page)).toBeNull()
    } finally {
      page.unmount()
    }
  })

  it('lists a syntax error with its file, line and column as an alert and leaves the design alone', async () => {
    answer = () => Response.json(SYNTAX_ERROR)
    const page = await openDialog()
    try {
      await pick(inputLabelled(page, 'Choose files'), [new File(['resource "aws_vpc" {'], 'main.tf')])
      const errors = page.container.querySelector('[data-testid="import-errors"]')!
      expect(errors.getAttribute('role')).toBe('alert')
      expect(errors.textContent).toContain('Nothing was imported; your design is unchanged.')
      expect(errors.querySelector('li')!.textContent).toMatch(/^network\/main\.tf, line 8, column 37: /)
      expect(button(page, 'Use this design')!.disabled).toBe(true)
      expect(store.getState().scenario).toBe(current)
    } finally {
      page.unmount()
    }
  })

  it('says when the server cannot be reached, is down or refuses too much, in the reader\'s language', async () => {
    const page = await openDialog('ko')
    try {
      const files = () => inputLabelled(page, '파일 선택')
      const alert = () => page.container.querySelector('[data-testid="import-errors"] li')!.textContent
      answer = () => Promise.reject(new TypeError('Failed to fetch'))
      await pick(files(), [new File(['x'], 'main.tf')])
      expect(alert()).toBe('서버에 연결하지 못했습니다. 연결을 확인하고 다시 시도하세요.')
      answer = () => new Response('Bad gateway', { status: 502 })
      await pick(files(), [new File(['x'], 'main.tf')])
      expect(alert()).toBe('서버가 이 파일들을 가져오지 못했습니다(오류 502). 잠시 뒤 다시 시도하세요.')
      answer = () => Response.json({ ok: false, errors: [{ code: 'import.too-large', params: { limitBytes: 10485760 } }] }, { status: 413 })
      await pick(files(), [new File(['x'], 'main.tf')])
      expect(alert()).toMatch(/^파일을 합치면 0(\.0)? MB입니다. 한 번에 10 MB까지 가져올 수 있습니다.$/)
      expect(store.getState().scenario).toBe(current)
    } finally {
      page.unmount()
    }
  })

  it('refuses before sending when no file is Terraform or the files are over 10 MB', async () => {
    const page = await openDialog()
    try {
      await pick(inputLabelled(page, 'Choose files'), [new File(['# notes'], 'README.md')])
      expect(page.container.querySelector('[data-testid="import-errors"] li')!.textContent).toBe('None of the 1 file is a Terraform file: pick .tf, .tf.json, .tfvars or .json files.')
      const big = new File(['x'], 'plan.json')
      Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 })
      await pick(inputLabelled(page, 'Choose files'), [big])
      expect(page.container.querySelector('[data-testid="import-errors"] li')!.textContent).toBe('These files come to 11 MB; an import takes at most 10 MB.')
      expect(sent).toEqual([])
    } finally {
      page.unmount()
    }
  })

  it('Cancel closes the dialog with the report unused: the store is untouched', async () => {
    const page = await openDialog()
    try {
      await pick(inputLabelled(page, 'Choose files'), [new File(['resource "aws_vpc" "main" {}'], 'main.tf')])
      expect(page.container.querySelector('[data-testid="import-report-understood"]')).not.toBeNull()
      const before = store.getState()
      await act(async () => button(page, 'Cancel')!.click())
      expect(dialogOf(page)).toBeNull()
      expect(store.getState()).toBe(before)
      expect(store.getState().scenario).toBe(current)
    } finally {
      page.unmount()
    }
  })
})
