'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { securityGroupSelection } from './inspected-part'
import { useInspectorSay } from './use-inspector-say'

/** A component's security groups as buttons that open each group's rules in the inspector. */
export function GroupLinks({ groupIds }: { groupIds: readonly string[] }) {
  const groups = useDashboardStore((s) => s.scenario.config.securityGroups)
  const selectNode = useDashboardStore((s) => s.selectNode)
  const { w } = useInspectorSay()
  return (
    <div>
      <p className="text-xs font-medium text-slate-700">{w('security-groups')}</p>
      <ul className="mt-1 flex flex-wrap gap-1">
        {groupIds.map((id) => {
          const name = groups.find((g) => g.id === id)?.name ?? id
          return (
            <li key={id}>
              <button type="button" aria-label={w('edit-group', { name })} onClick={() => selectNode(securityGroupSelection(id))} className="rounded-full border border-sky-200 bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-800 hover:bg-sky-100 focus:outline-2 focus:outline-sky-600">
                {name}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
