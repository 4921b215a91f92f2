import { describe, expect, it } from 'vitest'
import { say } from '../i18n'
import { findPreset } from '../../data/presets'
import { answerReachability } from './answer-reachability'

function swiftlogixConfig() {
  const preset = findPreset('swiftlogix')
  if (!preset) throw new Error('swiftlogix preset missing')
  return structuredClone(preset.scenario.config)
}

describe('answerReachability', () => {
  it('says the internet cannot reach the database directly, naming the tier and the admitted groups', () => {
    const answer = answerReachability(swiftlogixConfig(), 'internet', 'database', 5432)
    expect(answer.direct).toBe(false)
    expect(say('en', answer.explanation)).toContain(
      'The internet cannot reach the database directly on 5432: the database is in the private-db tier (no route to the internet gateway) and RDS-SG admits 5432 only from ECS-SG and Bastion-SG.',
    )
  })

  it('finds the nearest path to the database through the ALB and a service', () => {
    const answer = answerReachability(swiftlogixConfig(), 'internet', 'database', 5432)
    expect(answer.reachable).toBe(true)
    expect(answer.path).toEqual(['internet', 'alb:alb', 'service:order', 'database'])
    expect(answer.hops.map((h) => h.port)).toEqual([443, 19505, 5432])
    expect(say('en', answer.explanation)).toContain(
      'The nearest path is internet → ALB:443 → order:19505 → database:5432 (an attacker must compromise the ALB target first).',
    )
  })

  it('lets the office reach the bastion on 22 directly', () => {
    const answer = answerReachability(swiftlogixConfig(), 'Office', 'bastion', 22)
    expect(answer).toMatchObject({ reachable: true, direct: true, path: ['Office', 'bastion'] })
    expect(say('en', answer.explanation)).toContain('Bastion-SG admits 22 from 203.0.113.10/32 (Office)')
  })

  it('routes the office to the database through the bastion', () => {
    const answer = answerReachability(swiftlogixConfig(), 'Office', 'database', 5432)
    expect(answer.direct).toBe(false)
    expect(answer.path).toEqual(['Office', 'bastion', 'database'])
    expect(say('en', answer.explanation)).toContain('Office → bastion:22 → database:5432 (an attacker must compromise the bastion first)')
  })

  it('keeps the internet off the bastion, which admits SSH only from the office', () => {
    const answer = answerReachability(swiftlogixConfig(), 'internet', 'bastion', 22)
    expect(answer.reachable).toBe(false)
    expect(say('en', answer.explanation)).toContain('Bastion-SG admits 22 only from 203.0.113.10/32 (Office)')
    expect(say('en', answer.explanation)).toContain('No chain of allowed connections')
  })

  it('does not pass through a listener that only redirects HTTP to HTTPS', () => {
    const config = swiftlogixConfig()
    config.loadBalancers[0]!.listeners = config.loadBalancers[0]!.listeners.filter((l) => l.protocol === 'HTTP')
    const answer = answerReachability(config, 'internet', 'database', 5432)
    expect(answer.reachable).toBe(false)
    expect(answer.path).toBeNull()
  })

  it('lets an ALB send only to its own targets on their ports', () => {
    const config = swiftlogixConfig()
    config.securityGroups.find((g) => g.id === 'rds-sg')!.ingress.push({ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'sg', sgId: 'alb-sg' } })
    const answer = answerReachability(config, 'alb:alb', 'database', 5432)
    expect(answer.direct).toBe(false)
    expect(say('en', answer.explanation)).toContain('forwards only to its targets (order:19505, stock:19506, payment:19507)')
  })

  it('honours a restrictive egress list on the source', () => {
    const config = swiftlogixConfig()
    config.securityGroups.find((g) => g.id === 'ecs-sg')!.ingress.push({ protocol: 'tcp', fromPort: 19505, toPort: 19505, peer: { kind: 'sg', sgId: 'bastion-sg' } })
    const answer = answerReachability(config, 'bastion', 'service:order', 19505)
    expect(answer.direct).toBe(false)
    expect(say('en', answer.explanation)).toContain('Bastion-SG allows no outbound 19505 to the Order service')
    expect(say('en', answer.explanation)).toContain('although ECS-SG admits 19505 from Bastion-SG')
  })

  it('explains that a managed endpoint answers only on its own port', () => {
    const answer = answerReachability(swiftlogixConfig(), 'service:order', 'database', 3306)
    expect(answer.reachable).toBe(false)
    expect(say('en', answer.explanation)).toContain('the database answers only on 5432')
  })

  it('names the valid nodes when asked about an unknown one', () => {
    const answer = answerReachability(swiftlogixConfig(), 'internet', 'mainframe', 22)
    expect(answer.reachable).toBe(false)
    expect(say('en', answer.explanation)).toContain('Unknown target "mainframe"')
  })

  it('gives the same answer twice', () => {
    const config = swiftlogixConfig()
    expect(answerReachability(config, 'internet', 'database', 5432)).toEqual(answerReachability(config, 'internet', 'database', 5432))
  })
})
