import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import type { SgRule } from '../model'
import { assessSecurity } from './assess-security'

function scenarioOf(id: string) {
  const preset = findPreset(id)
  if (!preset) throw new Error(`${id} preset missing`)
  return structuredClone(preset.scenario)
}

const world = (port: number): SgRule => ({ protocol: 'tcp', fromPort: port, toPort: port, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } })

function dbQuestionOf(scenario: ReturnType<typeof scenarioOf>) {
  return assessSecurity(scenario.config, scenario.requirements).dbQuestion
}

describe('"Can the internet reach the database?" tells a direct path from the application chain', () => {
  it.each(['swiftlogix', 'swiftlogix-seoul-final', 'petclinic-3tier', 'mau-1m', 'standard-web'])(
    '%s: only through the application (load balancer → app → database), the normal web-app chain',
    (id) => {
      const q = dbQuestionOf(scenarioOf(id))
      expect(q).toMatchObject({ direct: false, reachable: true, access: 'through-application', foothold: null })
      expect(q.path?.[1]).toMatch(/^alb:/)
    },
  )

  it('answers direct for a public database whose group admits 0.0.0.0/0', () => {
    const scenario = scenarioOf('swiftlogix')
    scenario.config.database.publiclyAccessible = true
    scenario.config.network.routing['private-db'].defaultRoute = 'igw'
    scenario.config.securityGroups.find((g) => g.id === 'rds-sg')!.ingress.push(world(5432))
    expect(dbQuestionOf(scenario)).toMatchObject({ direct: true, access: 'direct', path: ['internet', 'database'] })
  })

  it('answers through an exposed host when a world-open bastion the database admits skips the load balancer', () => {
    const scenario = scenarioOf('swiftlogix')
    scenario.config.securityGroups.find((g) => g.id === 'bastion-sg')!.ingress.push(world(22))
    expect(dbQuestionOf(scenario)).toMatchObject({ direct: false, access: 'through-exposed-host', foothold: 'bastion' })
  })

  it('answers not at all when no chain of connections leads there', () => {
    const scenario = scenarioOf('swiftlogix')
    scenario.config.securityGroups.find((g) => g.id === 'rds-sg')!.ingress = []
    expect(dbQuestionOf(scenario)).toMatchObject({ reachable: false, direct: false, access: 'none', path: null })
  })
})
