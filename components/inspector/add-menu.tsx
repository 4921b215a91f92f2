'use client'

import { useEffect, useRef, useState } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import type { EditName } from '@/lib/i18n/catalog/notice-reasons'
import type { ArchitectureConfig } from '@/lib/model'
import { addBastion } from '@/lib/model/edit-admin-access'
import { addCache } from '@/lib/model/edit-cache'
import { addLoadBalancer } from '@/lib/model/edit-load-balancer'
import { addSecurityGroup } from '@/lib/model/edit-security-group'
import { addService } from '@/lib/model/edit-service'
import { firstGroupOf } from './first-group'
import { securityGroupSelection } from './inspected-part'
import { useInspectorSay } from './use-inspector-say'

type Item = { label: string; disabled?: boolean; run: () => void }

/**
 * "Add": a menu of the parts a design can gain. Each adds a valid part (through editScenario, so
 * the schema checks it and undo records it) and opens it in the inspector; a VPC endpoint opens the
 * network, where each endpoint is switched on.
 */
export function AddMenu() {
  const [open, setOpen] = useState(false)
  const config = useDashboardStore((s) => s.scenario.config)
  const editScenario = useDashboardStore((s) => s.editScenario)
  const selectNode = useDashboardStore((s) => s.selectNode)
  const { w } = useInspectorSay()
  const menu = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus()
    const close = (e: MouseEvent) => !menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node) && setOpen(false)
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  /** Adds through the store, then selects what was added (its box id comes from the change). */
  const add = (what: EditName, change: (c: ArchitectureConfig) => { config: ArchitectureConfig; select: string }) => {
    let select = ''
    const ok = editScenario(what, (s) => {
      const result = change(s.config)
      select = result.select
      return { ...s, config: result.config }
    })
    if (ok) selectNode(select)
  }
  const items: Item[] = [
    {
      label: w('add-service'),
      run: () =>
        add('service-add', (c) => {
          const { config: next, serviceId } = addService(c, w('new-service-name'))
          return { config: next, select: `service:${serviceId}` }
        }),
    },
    {
      label: w('add-load-balancer'),
      run: () =>
        add('lb-add', (c) => {
          const { config: next, loadBalancerId } = addLoadBalancer(c, w('new-load-balancer-name'), [firstGroupOf(c, 'alb')])
          return { config: next, select: `alb:${loadBalancerId}` }
        }),
    },
    { label: w('add-cache'), disabled: config.cache !== undefined, run: () => add('cache-add', (c) => ({ config: addCache(c, [firstGroupOf(c, 'cache')]), select: 'cache' })) },
    { label: w('add-bastion'), disabled: config.adminAccess.bastion !== undefined, run: () => add('bastion-add', (c) => ({ config: addBastion(c, [firstGroupOf(c, 'bastion')]), select: 'bastion' })) },
    { label: w('add-endpoint'), run: () => selectNode('vpc') },
    {
      label: w('add-security-group'),
      run: () =>
        add('sg-add', (c) => {
          const { config: next, groupId } = addSecurityGroup(c, w('new-security-group-name'))
          return { config: next, select: securityGroupSelection(groupId) }
        }),
    },
  ]
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="rounded-md border border-sky-300 bg-sky-50 px-2.5 py-1 text-xs font-semibold text-sky-800 hover:bg-sky-100 focus:outline-2 focus:outline-sky-600"
      >
        {w('add')}
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label={w('add')} onKeyDown={(e) => e.key === 'Escape' && (setOpen(false), button.current?.focus())} className="absolute right-0 z-20 mt-1 w-52 rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              aria-disabled={item.disabled}
              onClick={() => {
                if (item.disabled) return
                setOpen(false)
                item.run()
              }}
              className="block w-full px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-sky-50 focus:bg-sky-50 focus:outline-none aria-disabled:cursor-not-allowed aria-disabled:text-slate-400"
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
