import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { buildTopology } from '@/lib/topology'
import { mapSinglePointsOfFailure } from './map-single-points'

describe('mapSinglePointsOfFailure', () => {
  it('maps recovery ids to boxes: every NAT box for nat, prefixed services, the region frame', () => {
    const topology = buildTopology(findPreset('swiftlogix-seoul-plan3')!.scenario.config)
    expect(mapSinglePointsOfFailure(['nat', 'gateway', 'bastion', 'cache', 'region', 'no-such-thing'], topology)).toEqual(
      new Set([...topology.nodes.filter((n) => n.kind === 'nat').map((n) => n.id), 'service:gateway', 'bastion', 'cache', 'region']),
    )
  })
})
