import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { buildTopology } from '@/lib/topology'
import { failedAzOf } from './failed-az'

const swiftlogix = buildTopology(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario.config)

describe('failedAzOf', () => {
  it('takes down the first AZ, where the single NAT, the bastion and the database primary sit', () => {
    expect(failedAzOf('az-outage', swiftlogix)).toBe('us-east-1a')
    for (const id of ['nat', 'bastion', 'database']) expect(swiftlogix.nodes.find((n) => n.id === id)?.az, id).toBe('us-east-1a')
  })

  it('shades no AZ for a failure that is not an AZ outage', () => {
    expect(failedAzOf('task-crash', swiftlogix)).toBeNull()
  })
})
