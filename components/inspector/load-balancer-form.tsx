'use client'

import { useState, type FormEvent } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { addListener, patchLoadBalancer, removeListener, removeLoadBalancer } from '@/lib/model/edit-load-balancer'
import type { LoadBalancer } from '@/lib/model'
import { FieldRefusal } from './field-refusal'
import { FieldGroup, RemoveButton, SelectInput, SmallButton } from './fields'
import { GroupLinks } from './group-links'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

/** A load balancer: scheme, routing, listeners; removing it clears the services' links to it. */
export function LoadBalancerForm({ loadBalancerId }: { loadBalancerId: string }) {
  const lb = useDashboardStore((s) => s.scenario.config.loadBalancers.find((l) => l.id === loadBalancerId))
  const selectNode = useDashboardStore((s) => s.selectNode)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  if (!lb) return null
  const key = (what: string) => `lb.${loadBalancerId}.${what}`
  return (
    <div className="space-y-2">
      <FieldGroup title={w('section-load-balancer')}>
        <SelectInput field={key('scheme')} label={w('scheme')} value={lb.scheme} options={[{ value: 'external', label: w('scheme-external') }, { value: 'internal', label: w('scheme-internal') }]} onChange={(scheme) => apply(key('scheme'), 'lb-scheme', (c) => patchLoadBalancer(c, loadBalancerId, { scheme: scheme as LoadBalancer['scheme'] }))} />
        <SelectInput
          field={key('routing')}
          label={w('routing')}
          value={lb.routing ?? 'round-robin'}
          options={[{ value: 'round-robin', label: w('routing-round-robin') }, { value: 'least-outstanding-requests', label: w('routing-least-outstanding-requests') }]}
          onChange={(r) => apply(key('routing'), 'lb-routing', (c) => patchLoadBalancer(c, loadBalancerId, { routing: r === 'round-robin' ? null : 'least-outstanding-requests' }))}
        />
        <GroupLinks groupIds={lb.securityGroups} />
      </FieldGroup>
      <FieldGroup title={w('listeners')}>
        <ul className="space-y-1">
          {lb.listeners.map((l, i) => (
            <li key={`${l.port}-${i}`} className="flex items-center justify-between gap-2 text-xs">
              <span className="font-mono text-slate-800">{w('listener', { protocol: l.protocol, port: l.port, redirect: l.redirectToHttps })}</span>
              <RemoveButton label={w('remove-listener', { n: i + 1 })} onClick={() => apply(key('listeners'), 'lb-listener-remove', (c) => removeListener(c, loadBalancerId, i))}>
                ×
              </RemoveButton>
            </li>
          ))}
        </ul>
        <FieldRefusal field={key('listeners')} />
        <ListenerAdder loadBalancerId={loadBalancerId} />
      </FieldGroup>
      <RemoveButton label={w('remove-load-balancer')} onClick={() => apply(key('remove'), 'lb-remove', (c) => removeLoadBalancer(c, loadBalancerId)) && selectNode(null)} />
      <FieldRefusal field={key('remove')} />
    </div>
  )
}

/** "Add listener": port, protocol and whether it only redirects to HTTPS. */
function ListenerAdder({ loadBalancerId }: { loadBalancerId: string }) {
  const [open, setOpen] = useState(false)
  const [port, setPort] = useState('443')
  const [protocol, setProtocol] = useState<'HTTP' | 'HTTPS'>('HTTPS')
  const [redirect, setRedirect] = useState(false)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const field = `lb.${loadBalancerId}.listener-add`
  if (!open) return <SmallButton onClick={() => setOpen(true)}>{w('add-listener')}</SmallButton>
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const ok = apply(field, 'lb-listener-add', (c) => addListener(c, loadBalancerId, { port: Number(port), protocol, redirectToHttps: protocol === 'HTTP' && redirect }))
    if (ok) setOpen(false)
  }
  return (
    <form onSubmit={submit} className="space-y-2 rounded-md border border-slate-200 p-2">
      <div className="grid grid-cols-2 gap-2">
        <label className="text-xs font-medium text-slate-700">
          {w('port')}
          <input inputMode="numeric" value={port} onChange={(e) => setPort(e.target.value)} className="mt-0.5 w-full rounded-md border border-slate-300 px-2 py-1 text-right text-sm" />
        </label>
        <label className="text-xs font-medium text-slate-700">
          {w('protocol')}
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as 'HTTP' | 'HTTPS')} className="mt-0.5 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
            <option value="HTTPS">HTTPS</option>
            <option value="HTTP">HTTP</option>
          </select>
        </label>
      </div>
      {protocol === 'HTTP' && (
        <label className="flex items-center gap-2 text-xs font-medium text-slate-700">
          <input type="checkbox" checked={redirect} onChange={(e) => setRedirect(e.target.checked)} className="h-4 w-4 accent-sky-600" />
          {w('redirect')}
        </label>
      )}
      <FieldRefusal field={field} />
      <div className="flex gap-2">
        <SmallButton type="submit">{w('save-listener')}</SmallButton>
        <SmallButton onClick={() => setOpen(false)}>{w('cancel')}</SmallButton>
      </div>
    </form>
  )
}
