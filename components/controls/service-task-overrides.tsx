'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { MAX_TASKS_PER_SERVICE } from './tasks-slider'
import { useControlsSay } from './use-controls-say'

/** One count per service, for services that need more or fewer tasks than the rest. */
export function ServiceTaskOverrides() {
  // Select the (immutable) array itself; mapping inside a selector would return new objects every time.
  const services = useDashboardStore((s) => s.scenario.config.services)
  const setServiceTasks = useDashboardStore((s) => s.setServiceTasks)
  const t = useT()
  const { c } = useControlsSay()
  return (
    <details className="group rounded-lg border border-slate-200 bg-slate-50/60">
      <summary className="cursor-pointer select-none px-3 py-2 text-sm font-medium text-slate-700 focus-visible:outline-2 focus-visible:outline-sky-600">
        {t('controls.perService')}
      </summary>
      <ul className="space-y-1.5 px-3 pb-3">
        {services.map((service) => (
          <li key={service.id} className="flex items-center justify-between gap-2">
            <label htmlFor={`tasks-${service.id}`} className="truncate text-xs text-slate-600" title={service.name}>
              {service.name}
            </label>
            <input
              id={`tasks-${service.id}`}
              type="number"
              min={1}
              max={MAX_TASKS_PER_SERVICE * 5}
              value={service.count.desired}
              aria-label={c('task-count-name', { kind: service.compute.kind === 'fargate' ? 'tasks' : 'instances', service: service.name })}
              onChange={(e) => {
                const value = Number(e.target.value)
                if (Number.isInteger(value) && value >= 1) setServiceTasks(service.id, value)
              }}
              className="w-16 rounded-md border border-slate-300 bg-white px-2 py-1 text-right text-sm tabular-nums focus:outline-2 focus:outline-sky-600"
            />
          </li>
        ))}
      </ul>
    </details>
  )
}
