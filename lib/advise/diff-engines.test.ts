import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { diffConfigs } from '../compare/diff-configs'
import { advise } from './advise'

describe('sharedDiffEngines', () => {
  it('prices every shown design\'s changes exactly as diffConfigs with its own engines', () => {
    const scenario = structuredClone(findPreset('swiftlogix-seoul-plan1')!.scenario)
    const { frontier, closest } = advise(scenario)
    for (const proposal of [...frontier, ...closest]) expect(proposal.changes).toEqual(diffConfigs(scenario, proposal.scenario))
  })
})
