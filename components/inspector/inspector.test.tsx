// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { choose, click, leave, mount, type, type Mounted } from '@/components/pseudo-locale/mount'
import { DashboardStoreProvider } from '@/components/store/dashboard-store-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { initialStateFor } from '@/components/store/initial-state'
import { AddMenu } from './add-menu'
import { Inspector } from './inspector'

/** The inspector for whatever the store has selected, as the topology section places it. */
function Selected() {
  const nodeId = useDashboardStore((s) => s.ui.selectedNodeId)
  return nodeId ? <Inspector nodeId={nodeId} /> : null
}

/** What the store holds: the order service's counts, alb-sg's inbound rules, the notice's English. */
function Probe() {
  const count = useDashboardStore((s) => JSON.stringify(s.scenario.config.services.find((x) => x.id === 'order')?.count))
  const rules = useDashboardStore((s) => s.scenario.config.securityGroups.find((g) => g.id === 'alb-sg')!.ingress.length)
  const services = useDashboardStore((s) => s.scenario.config.services.map((x) => x.id).join(','))
  const notice = useDashboardStore((s) => s.notice?.text ?? '')
  return (
    <>
      <output data-testid="count">{count}</output>
      <output data-testid="rules">{rules}</output>
      <output data-testid="services">{services}</output>
      <output data-testid="notice">{notice}</output>
    </>
  )
}

async function renderInspector(selected: string | null, locale: 'en' | 'ko' = 'en'): Promise<Mounted> {
  return mount(
    <LocaleProvider initial={locale}>
      <DashboardStoreProvider initial={{ ...initialStateFor('swiftlogix'), ui: { selectedNodeId: selected } }}>
        <AddMenu />
        <Selected />
        <Probe />
      </DashboardStoreProvider>
    </LocaleProvider>,
  )
}

const out = (page: Mounted, id: string) => page.container.querySelector(`[data-testid="${id}"]`)!.textContent
const byLabel = <E extends HTMLElement>(page: Mounted, text: string): E => {
  const label = [...page.container.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)
  if (!label) throw new Error(`no field labelled ${text}`)
  return (label.htmlFor ? page.container.ownerDocument.getElementById(label.htmlFor) : label.querySelector('input,select')) as E
}
const button = (page: Mounted, name: string) => {
  const found = [...page.container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name)
  if (!found) throw new Error(`no button named ${name}`)
  return found
}

describe('the inspector', () => {
  it('is a region named "Inspector" that edits a selected service: a new desired count reaches the store', async () => {
    const page = await renderInspector('service:order')
    try {
      const region = page.container.querySelector('[data-testid="inspector"]')!
      expect(region.getAttribute('role')).toBe('region')
      expect(region.getAttribute('aria-label')).toBe('Inspector')
      const desired = byLabel<HTMLInputElement>(page, 'Desired')
      await type(desired, '3')
      await leave(desired)
      expect(JSON.parse(out(page, 'count')!)).toMatchObject({ desired: 3 })
      expect(out(page, 'notice')).toBe('')
    } finally {
      page.unmount()
    }
  })

  it('shows a refused edit under its field with the model\'s path and reason, keeping what was typed', async () => {
    const page = await renderInspector('service:order')
    try {
      const desired = byLabel<HTMLInputElement>(page, 'Desired')
      await type(desired, '99')
      await leave(desired)
      const error = page.container.querySelector('[data-testid="inspector-field-error"]')!
      expect(error.textContent).toContain('config.services[0].count.max')
      expect(error.textContent).toContain('max must be at least desired')
      expect(desired.getAttribute('aria-invalid')).toBe('true')
      expect(desired.getAttribute('aria-describedby')).toContain(error.id)
      expect(desired.value).toBe('99')
      expect(out(page, 'notice')).toMatch(/^Task count range was not applied/)
      expect(JSON.parse(out(page, 'count')!).desired).not.toBe(99)
      // Fixing it clears the error.
      await type(desired, '4')
      await leave(desired)
      expect(page.container.querySelector('[data-testid="inspector-field-error"]')).toBeNull()
    } finally {
      page.unmount()
    }
  })

  it('opens a service\'s security group, adds an inbound rule that then appears, and removes it', async () => {
    const page = await renderInspector('alb:alb')
    try {
      await click(button(page, 'Edit security group ALB-SG'))
      expect(page.container.textContent).toContain('Security group ALB-SG')
      const before = Number(out(page, 'rules'))
      await click(button(page, 'Add rule'))
      await type(byLabel<HTMLInputElement>(page, 'From port'), '8443')
      await type(byLabel<HTMLInputElement>(page, 'CIDR'), '203.0.113.0/24')
      await click(button(page, 'Save rule'))
      expect(Number(out(page, 'rules'))).toBe(before + 1)
      const inbound = page.container.querySelector('[data-testid="inspector-ingress-rules"]')!
      expect(inbound.textContent).toContain('TCP 8443 from 203.0.113.0/24')
      await click(button(page, `Remove rule ${before + 1}`))
      expect(Number(out(page, 'rules'))).toBe(before)
      expect(page.container.querySelector('[data-testid="inspector-ingress-rules"]')!.textContent).not.toContain('8443')
    } finally {
      page.unmount()
    }
  })

  it('refuses a rule with its ports the wrong way round and says so under the rule form', async () => {
    const page = await renderInspector('sg:alb-sg')
    try {
      await click(button(page, 'Add rule'))
      await type(byLabel<HTMLInputElement>(page, 'From port'), '9000')
      await type(byLabel<HTMLInputElement>(page, 'To port'), '8000')
      await click(button(page, 'Save rule'))
      expect(page.container.querySelector('[data-testid="inspector-field-error"]')!.textContent).toMatch(/toPort/)
      expect(button(page, 'Save rule')).toBeTruthy()
    } finally {
      page.unmount()
    }
  })

  it('adds a service from the Add menu and opens it', async () => {
    const page = await renderInspector(null)
    try {
      await click(button(page, 'Add'))
      expect(page.container.querySelector('[role="menu"]')).not.toBeNull()
      await click(button(page, 'Add service'))
      expect(out(page, 'services')).toBe('order,stock,payment,service')
      expect(byLabel<HTMLInputElement>(page, 'Name').value).toBe('New service')
    } finally {
      page.unmount()
    }
  })

  it('puts a service in another security group, and refuses taking away its last one under the list', async () => {
    const page = await renderInspector('service:order')
    try {
      const box = (name: string) => [...page.container.querySelectorAll('label')].find((l) => l.textContent?.trim() === name)!.querySelector('input')!
      await click(box('RDS-SG'))
      expect(box('RDS-SG').checked).toBe(true)
      await click(box('RDS-SG'))
      await click(box('ECS-SG'))
      expect(box('ECS-SG').checked).toBe(true)
      expect(page.container.querySelector('[data-testid="inspector-field-error"]')!.textContent).toContain('config.services[0].securityGroups')
    } finally {
      page.unmount()
    }
  })

  it('removes the NAT from the network', async () => {
    const page = await renderInspector('nat')
    try {
      await choose(byLabel<HTMLSelectElement>(page, 'NAT'), 'none')
      expect(byLabel<HTMLSelectElement>(page, 'NAT').value).toBe('none')
    } finally {
      page.unmount()
    }
  })

  it('speaks Korean', async () => {
    const page = await renderInspector('database', 'ko')
    try {
      expect(page.container.querySelector('[data-testid="inspector"]')!.getAttribute('aria-label')).toBe('인스펙터')
      expect(byLabel<HTMLInputElement>(page, '인스턴스 클래스').value).toBe('db.t3.micro')
    } finally {
      page.unmount()
    }
  })
})
