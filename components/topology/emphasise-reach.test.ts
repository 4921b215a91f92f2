import { describe, expect, it } from 'vitest'
import { findPreset } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import { buildTopology } from '@/lib/topology'
import { emphasiseDbPath, emphasiseInternet, projectEmphasis } from './emphasise-reach'

function swiftlogix() {
  const scenario = findPreset('swiftlogix')!.scenario
  return { topology: buildTopology(scenario.config), security: evaluateScenario(scenario).security }
}

describe('emphasiseDbPath', () => {
  it('numbers the hops internet → ALB → order → database and lights the rules they use', () => {
    const { topology, security } = swiftlogix()
    const lit = emphasiseDbPath(topology, security)
    expect([...lit.steps]).toEqual([
      ['internet', 1],
      ['alb:alb', 2],
      ['service:order', 3],
      ['database', 4],
    ])
    expect([...lit.edges.keys()]).toEqual(
      expect.arrayContaining(['sg:alb-sg:ingress:1:internet->alb:alb', 'sg:ecs-sg:ingress:0:alb:alb->service:order', 'sg:rds-sg:ingress:0:service:order->database']),
    )
    expect(lit.edges.has('sg:alb-sg:ingress:0:internet->alb:alb')).toBe(false)
  })
})

describe('emphasiseInternet', () => {
  it('lights the ALB strongly on 80 and 443 and what lies behind it softly, but not the office bastion', () => {
    const { topology, security } = swiftlogix()
    const lit = emphasiseInternet(topology, security)
    expect(lit.nodes.get('alb:alb')).toBe('strong')
    expect(lit.internetPorts.get('alb:alb')).toEqual([80, 443])
    expect(lit.nodes.get('igw')).toBe('strong')
    expect(lit.nodes.get('database')).toBe('soft')
    expect(lit.nodes.has('bastion')).toBe(false)
    expect(lit.edges.get('sg:alb-sg:ingress:1:internet->alb:alb')).toBe('strong')
  })
})

describe('projectEmphasis', () => {
  it('carries the database path onto a collapsed private-app subnet: its step and its merged line', () => {
    const { topology: full, security } = swiftlogix()
    const scenario = findPreset('swiftlogix')!.scenario
    const view = buildTopology(scenario.config, { collapsed: ['subnet:private-app-a'] })
    const lit = projectEmphasis(emphasiseDbPath(full, security), view)!
    expect(lit.steps.get('subnet:private-app-a')).toBe(3)
    expect(lit.nodes.get('subnet:private-app-a')).toBe('strong')
    expect(lit.edges.get('agg:sg-rule:subnet:private-app-a->database')).toBe('strong')
  })

  it('leaves a lens alone when nothing is collapsed', () => {
    const { topology: full, security } = swiftlogix()
    const lit = emphasiseDbPath(full, security)
    expect(projectEmphasis(lit, full)).toBe(lit)
  })
})
