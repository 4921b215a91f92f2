import { describe, expect, it } from 'vitest'
import { PRESETS } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { describeNode } from './describe-node'

const scenario = PRESETS.find((p) => p.id === 'swiftlogix')!.scenario
const evaluation = evaluateScenario(scenario)

describe('describeNode', () => {
  it('describes a service\'s box in another AZ with that AZ and the service\'s own rules and failures', () => {
    const first = describeNode(scenario, evaluation, 'service:order')!
    const other = describeNode(scenario, evaluation, 'service:order@us-east-1b')!
    expect([first.node.az, other.node.az]).toEqual(['us-east-1a', 'us-east-1b'])
    expect(other.inbound.map((r) => r.edgeId)).toEqual(first.inbound.map((r) => r.edgeId))
    expect(other.inbound.length).toBeGreaterThan(0)
    expect(other.securityGroups).toEqual(first.securityGroups)
    expect(other.singlePointIn.map((s) => s.id)).toEqual(first.singlePointIn.map((s) => s.id))
  })
})
