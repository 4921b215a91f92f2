'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { CacheForm } from './cache-form'
import { DatabaseForm } from './database-form'
import { AdminAccessFields } from './admin-access-fields'
import { inspectedPart, type InspectedPart } from './inspected-part'
import { LoadBalancerForm } from './load-balancer-form'
import { NetworkForm } from './network-form'
import { SecurityGroupForm } from './security-group-form'
import { ServiceForm } from './service-form'
import { RefusalProvider } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

function PartForm({ part }: { part: InspectedPart }) {
  const { w } = useInspectorSay()
  switch (part.kind) {
    case 'service':
      return <ServiceForm serviceId={part.id} />
    case 'load-balancer':
      return <LoadBalancerForm loadBalancerId={part.id} />
    case 'security-group':
      return <SecurityGroupForm groupId={part.id} />
    case 'database':
      return <DatabaseForm />
    case 'cache':
      return <CacheForm />
    case 'bastion':
      return <AdminAccessFields />
    case 'network':
      return <NetworkForm />
    case 'none':
      return <p className="text-xs text-slate-500">{w('nothing-to-edit')}</p>
  }
}

/**
 * The inspector beside the topology: the selected box's part of the design as fields. Every edit
 * goes through the store's editScenario, so the schema validates it, undo records it and every
 * view shows it at once; a refused edit says why under its field (and in the notice line).
 */
export function Inspector({ nodeId }: { nodeId: string }) {
  const selectNode = useDashboardStore((s) => s.selectNode)
  const { w } = useInspectorSay()
  return (
    <section role="region" aria-label={w('title')} data-testid="inspector" className="border-b border-slate-200 pb-4 text-sm">
      <header className="mb-2 flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-sky-700">{w('title')}</h3>
        <button type="button" aria-label={w('close')} onClick={() => selectNode(null)} className="rounded px-1.5 text-base leading-none text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus:outline-2 focus:outline-sky-600">
          ×
        </button>
      </header>
      {/* Keyed by the box, so a refusal shown for one part is not shown on the next. */}
      <RefusalProvider key={nodeId}>
        <PartForm part={inspectedPart(nodeId)} />
      </RefusalProvider>
    </section>
  )
}
