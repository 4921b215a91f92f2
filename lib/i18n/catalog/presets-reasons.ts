import type { Reason } from '../../explain/reason'

/** The seed designs' ids (data/presets; ids are contracts). presets-catalog.test.ts holds this list to the presets. */
export type PresetId =
  | 'swiftlogix'
  | 'swiftlogix-seoul-plan1'
  | 'swiftlogix-seoul-plan2'
  | 'swiftlogix-seoul-plan3'
  | 'swiftlogix-seoul-final'
  | 'petclinic-3tier'
  | 'mau-1m'
  | 'standard-web'

/**
 * Each preset's names in the reader's language: `title` as the picker and Compare list it, `name`
 * as the scenario is called on the deck and in the report. English is the preset file's own words
 * (the journeys select presets by their English titles). Keys of the `presets` namespace.
 */
export type PresetsReason = { [Id in PresetId]: Reason<`presets.title.${Id}`> | Reason<`presets.name.${Id}`> }[PresetId]
