import { findPreset, PRESETS } from '@/data/presets'
import type { FieldError, Scenario } from '@/lib/model'
import type { ScenarioId } from '@/lib/recovery'
import type { TabId } from '@/components/views/view-props'

/** Plain data shared by the server (which reads links) and the client store. No React here. */

import type { TopologyHighlight } from '@/components/topology/topology-canvas'

export type { TopologyHighlight }

export type Notice = { kind: 'error' | 'info'; text: string; details?: FieldError[] }

export type UiState = {
  tab: TabId
  selectedNodeId: string | null
  highlight: TopologyHighlight
  overlay: ScenarioId | null
}

export const DEFAULT_PRESET_ID = 'swiftlogix'

export const INITIAL_UI: UiState = { tab: 'overview', selectedNodeId: null, highlight: 'none', overlay: null }

export type InitialState = { scenario: Scenario; presetId: string | null; ui?: Partial<UiState>; notice?: Notice | null }

export function initialStateFor(presetId: string = DEFAULT_PRESET_ID): InitialState {
  const preset = findPreset(presetId) ?? findPreset(DEFAULT_PRESET_ID) ?? PRESETS[0]!
  return { scenario: preset.scenario, presetId: preset.id }
}
