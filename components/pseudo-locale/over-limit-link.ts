import { findPreset } from '@/data/presets'
import { encodeScenarioParam, type Scenario } from '@/lib/model'

/** Seed 000 with its first service pinned at two billion tasks during the peak: a link over the evaluation limits. */
export function overLimitLink(): string {
  const s: Scenario = structuredClone(findPreset('swiftlogix')!.scenario)
  s.config.services[0]!.scaling = { ...s.config.services[0]!.scaling, policy: 'none', scheduledPeakCount: 2e9 }
  return encodeScenarioParam(s)
}
