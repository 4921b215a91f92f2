'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { LIMITS } from '@/lib/model'
import { NumberField } from './number-field'

/**
 * "Max tasks per service": every service's autoscaling maximum at once; shows the largest current
 * one. A maximum below a service's desired count is refused by the model, and the notice says why.
 */
export function MaxTasksField() {
  const max = useDashboardStore((s) => Math.max(1, ...s.scenario.config.services.map((service) => service.count.max)))
  const setMaxTasksPerService = useDashboardStore((s) => s.setMaxTasksPerService)
  const t = useT()
  return <NumberField label={t('controls.maxTasksPerService')} value={max} min={1} max={LIMITS.tasksPerService} hint={t('controls.maxTasksHint')} onCommit={setMaxTasksPerService} />
}
