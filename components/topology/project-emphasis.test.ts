import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { buildTopology } from '@/lib/topology'
import { buildFlowEdges } from './build-flow-elements'
import { emphasiseDbPath } from './emphasise-reach'
import { projectEmphasis } from './project-emphasis'
import { groupPaths } from './topology-lines'

const scenario = findPreset('swiftlogix')!.scenario
const full = buildTopology(scenario.config)
const security = evaluateScenario(scenario).security

describe('projectEmphasis', () => {
  it('carries the database path onto a collapsed private-app subnet: its step and its merged line', () => {
    const view = buildTopology(scenario.config, { collapsed: ['subnet:private-app-a'] })
    const lit = projectEmphasis(emphasiseDbPath(full, security), view)!
    expect(lit.steps.get('subnet:private-app-a')).toBe(3)
    expect(lit.nodes.get('subnet:private-app-a')).toBe('strong')
    expect(lit.edges.get('agg:sg-rule:subnet:private-app-a->database')).toBe('strong')
  })

  it('leaves a lens alone when nothing is collapsed', () => {
    const lit = emphasiseDbPath(full, security)
    expect(projectEmphasis(lit, full)).toBe(lit)
  })
})

describe('groupPaths', () => {
  it('draws every line of one look as one path', () => {
    const edges = buildFlowEdges(full, null)
    const groups = groupPaths(edges)
    expect(groups.length).toBeLessThan(6)
    expect(groups.map((g) => g.d.split('M ').length - 1).reduce((a, b) => a + b, 0)).toBe(edges.filter((e) => e.data?.path).length)
  })
})
