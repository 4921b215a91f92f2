'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'

export function MultiAzSwitch() {
  const on = useDashboardStore((s) => s.scenario.config.database.multiAz)
  const toggleMultiAz = useDashboardStore((s) => s.toggleMultiAz)
  const t = useT()
  return (
    <div className="flex items-center justify-between gap-3">
      <span id="multi-az-label" className="text-sm font-medium text-slate-800">
        {t('controls.multiAz')}
      </span>
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-labelledby="multi-az-label"
        onClick={() => toggleMultiAz(!on)}
        className={`relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 ${on ? 'bg-emerald-600' : 'bg-slate-300'}`}
      >
        <span className={`inline-block h-5 w-5 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-5' : 'translate-x-0.5'}`} />
      </button>
    </div>
  )
}
