'use client'

import { useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import type { NatGatewayChoice } from '@/lib/model'
import type { MessageKey } from '@/lib/i18n/messages'

const CHOICES: { value: NatGatewayChoice; label: MessageKey; mode: string }[] = [
  { value: 0, label: 'controls.nat.none', mode: 'none' },
  { value: 1, label: 'controls.nat.single', mode: 'single' },
  { value: 2, label: 'controls.nat.perAz', mode: 'per-az' },
]

export function NatRadioGroup() {
  const mode = useDashboardStore((s) => s.scenario.config.network.nat.mode)
  const setNatGateways = useDashboardStore((s) => s.setNatGateways)
  const t = useT()
  return (
    <fieldset>
      <legend id="nat-legend" className="text-sm font-medium text-slate-800">
        {t('controls.nat')}
      </legend>
      <div role="radiogroup" aria-labelledby="nat-legend" className="mt-2 grid grid-cols-3 gap-1 rounded-lg bg-slate-100 p-1">
        {CHOICES.map((choice) => (
          <label
            key={choice.value}
            className={`cursor-pointer rounded-md px-2 py-1.5 text-center text-xs font-medium transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 ${mode === choice.mode ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
          >
            <input type="radio" name="nat-gateways" value={choice.value} checked={mode === choice.mode} onChange={() => setNatGateways(choice.value)} className="sr-only" />
            {t(choice.label)}
          </label>
        ))}
      </div>
      {mode === 'instance' && <p className="mt-1 text-xs text-slate-500">{t('controls.nat.instance')}</p>}
    </fieldset>
  )
}
