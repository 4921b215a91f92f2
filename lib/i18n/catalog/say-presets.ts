import type { Locale } from '../locale'
import { presets as en } from './en/presets'
import { presets as ko } from './ko/presets'
import type { PresetId, PresetsReason } from './presets-reasons'
import { speaker } from './speaker'

/** The presets' names, without the rest of the catalog. */
export const sayPresets = speaker<PresetsReason>({ en, ko })

function isPresetId(id: string): id is PresetId {
  return `presets.title.${id}` in en
}

/** A preset's title as the picker and Compare list it; a preset the catalog does not know keeps its own. */
export function presetTitle(locale: Locale, preset: { id: string; title: string }): string {
  return isPresetId(preset.id) ? sayPresets(locale, { code: `presets.title.${preset.id}`, params: {} }) : preset.title
}

/**
 * What a scenario is called on the deck and in the report: a preset's name in the reader's language
 * while the scenario still carries that preset's name; imported, renamed or custom work keeps the
 * name its author gave it.
 * Example: scenarioName('ko', 'standard-web', 'Standard web') → '표준 웹'; scenarioName('ko', null, 'Plan B') → 'Plan B'.
 */
export function scenarioName(locale: Locale, presetId: string | null | undefined, name: string): string {
  if (!presetId || !isPresetId(presetId)) return name
  const english = sayPresets('en', { code: `presets.name.${presetId}`, params: {} })
  return name === english ? sayPresets(locale, { code: `presets.name.${presetId}`, params: {} }) : name
}

/**
 * A scenario's name in the reader's language when it is still a preset's English name (the
 * narrative, the report and the Overview do not know which preset, if any, the work began from);
 * any other name is its author's and stays as written.
 * Example: nameInLanguage('ko', 'Standard web') → '표준 웹'; nameInLanguage('ko', 'Plan B') → 'Plan B'.
 */
export function nameInLanguage(locale: Locale, name: string): string {
  const presetId = (Object.keys(en) as (keyof typeof en)[])
    .filter((code) => code.startsWith('presets.name.'))
    .find((code) => en[code]({} as never) === name)
    ?.slice('presets.name.'.length)
  return presetId ? scenarioName(locale, presetId, name) : name
}
