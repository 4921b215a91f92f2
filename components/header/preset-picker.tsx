'use client'

import { useLocale, useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { presetTitle } from '@/lib/i18n/catalog/say-presets'
import { usePresetList } from './use-server-data'

/** The preset combobox; "Custom" stands for edited or imported work. */
export function PresetPicker() {
  const presetId = useDashboardStore((s) => s.presetId)
  const imported = useDashboardStore((s) => s.presetId === null)
  const loadPreset = useDashboardStore((s) => s.loadPreset)
  const presets = usePresetList()
  const t = useT()
  const { locale } = useLocale()
  return (
    // On a phone the picker takes the header's room left between the brand and the menu.
    <div className="flex items-center gap-2 max-sm:min-w-0 max-sm:flex-1">
      <label htmlFor="preset-picker" className="text-xs font-medium text-slate-300 max-[1680px]:sr-only">
        {t('header.preset')}
      </label>
      <select
        id="preset-picker"
        value={imported ? '' : (presetId ?? '')}
        disabled={presets.isPending || presets.isError}
        onChange={(e) => e.target.value && loadPreset(e.target.value)}
        className="w-48 rounded-md border border-slate-600 max-sm:w-full max-sm:min-w-0 sm:max-xl:w-72 min-[1680px]:w-72 bg-slate-800 px-2 py-1.5 text-sm text-white focus:outline-2 focus:outline-sky-400 disabled:opacity-60"
      >
        {presets.isPending && <option value={presetId ?? ''}>{t('header.presetsLoading')}</option>}
        {presets.isError && <option value={presetId ?? ''}>{t('header.presetsUnavailable')}</option>}
        {imported && <option value="">{t('header.custom')}</option>}
        {presets.data?.map((p) => (
          <option key={p.id} value={p.id}>
            {presetTitle(locale, p)}
          </option>
        ))}
      </select>
      {presets.isError && (
        <button type="button" onClick={() => presets.refetch()} className="text-xs text-sky-300 underline">
          {t('header.retry')}
        </button>
      )}
    </div>
  )
}
