'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { useControlsSay } from './use-controls-say'

export const MAX_TASKS_PER_SERVICE = 20

/** Sets every service's desired count at once; shows the largest current count. */
export function TasksSlider() {
  const tasks = useDashboardStore((s) => Math.max(...s.scenario.config.services.map((service) => service.count.desired)))
  const setTasksPerService = useDashboardStore((s) => s.setTasksPerService)
  const t = useT()
  const { c } = useControlsSay()
  return (
    <div>
      <div className="flex items-baseline justify-between">
        <label htmlFor="tasks-per-service" className="text-sm font-medium text-slate-800">
          {t('controls.tasksPerService')}
        </label>
        <output htmlFor="tasks-per-service" className="min-w-8 text-right text-sm font-semibold tabular-nums text-slate-900">
          {tasks}
        </output>
      </div>
      <input
        id="tasks-per-service"
        type="range"
        min={1}
        max={MAX_TASKS_PER_SERVICE}
        step={1}
        value={tasks}
        aria-valuetext={c('tasks-value', { count: tasks })}
        onChange={(e) => setTasksPerService(Number(e.target.value))}
        className="mt-2 w-full accent-sky-600"
      />
    </div>
  )
}
