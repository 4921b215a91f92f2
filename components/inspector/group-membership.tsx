'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { securityGroupSelection } from './inspected-part'
import { FieldRefusal } from './field-refusal'
import { useInspectorSay } from './use-inspector-say'

/**
 * Which security groups a part carries, as a checkbox per group of the design, each with a button
 * that opens the group's rules. The model refuses none or more than five (a network interface's
 * default limit), and says so under the list.
 */
export function GroupMembership({ field, groupIds, onChange }: { field: string; groupIds: readonly string[]; onChange: (groupIds: string[]) => void }) {
  const groups = useDashboardStore((s) => s.scenario.config.securityGroups)
  const selectNode = useDashboardStore((s) => s.selectNode)
  const { w } = useInspectorSay()
  const toggle = (id: string, on: boolean) => onChange(on ? [...groupIds, id] : groupIds.filter((g) => g !== id))
  return (
    <fieldset>
      <legend className="text-xs font-medium text-slate-700">{w('security-groups')}</legend>
      <ul className="mt-1 space-y-0.5">
        {groups.map((g) => (
          <li key={g.id} className="flex items-center justify-between gap-2 text-xs">
            <label className="flex min-w-0 items-center gap-2 text-slate-800">
              <input type="checkbox" checked={groupIds.includes(g.id)} onChange={(e) => toggle(g.id, e.target.checked)} className="h-4 w-4 accent-sky-600" />
              <span className="truncate">{g.name}</span>
            </label>
            <button type="button" aria-label={w('edit-group', { name: g.name })} onClick={() => selectNode(securityGroupSelection(g.id))} className="shrink-0 rounded px-1.5 text-sky-700 hover:bg-sky-50 focus:outline-2 focus:outline-sky-600">
              ›
            </button>
          </li>
        ))}
      </ul>
      <FieldRefusal field={field} />
    </fieldset>
  )
}
