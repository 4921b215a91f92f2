import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'
import { addListener, addLoadBalancer, patchLoadBalancer, removeListener, removeLoadBalancer } from './edit-load-balancer'
import type { ArchitectureConfig } from './architecture'

const seed = () => findPreset('swiftlogix')!.scenario
const check = (config: ArchitectureConfig) => parseScenario({ ...seed(), config })

describe('the load balancer verbs', () => {
  it('add a valid internet-facing load balancer with an HTTP listener and a free id', () => {
    const { config, loadBalancerId } = addLoadBalancer(seed().config, 'Admin ALB', ['alb-sg'])
    expect(loadBalancerId).toBe('alb-2')
    expect(config.loadBalancers.at(-1)).toMatchObject({ name: 'Admin ALB', scheme: 'external', listeners: [{ port: 80, protocol: 'HTTP' }] })
    expect(check(config).ok).toBe(true)
  })

  it('remove a load balancer and clear the link of the services it fronted', () => {
    const config = removeLoadBalancer(seed().config, 'alb')
    expect(config.loadBalancers).toHaveLength(0)
    expect(config.services.every((s) => !('loadBalancer' in s))).toBe(true)
    expect(check(config).ok).toBe(true)
  })

  it('set the scheme and routing, and go back to round robin with null', () => {
    const config = patchLoadBalancer(seed().config, 'alb', { scheme: 'internal', routing: 'least-outstanding-requests' })
    expect(config.loadBalancers[0]).toMatchObject({ scheme: 'internal', routing: 'least-outstanding-requests' })
    expect(patchLoadBalancer(config, 'alb', { routing: null }).loadBalancers[0]).not.toHaveProperty('routing')
  })

  it('add and remove listeners; a repeated port and no listener at all are refused by the schema', () => {
    const added = addListener(seed().config, 'alb', { port: 8443, protocol: 'HTTPS', redirectToHttps: false })
    expect(added.loadBalancers[0]!.listeners.map((l) => l.port)).toContain(8443)
    expect(removeListener(added, 'alb', added.loadBalancers[0]!.listeners.length - 1).loadBalancers[0]!.listeners).toEqual(seed().config.loadBalancers[0]!.listeners)
    const repeated = check(addListener(seed().config, 'alb', { port: 443, protocol: 'HTTPS', redirectToHttps: false }))
    expect(repeated.ok).toBe(false)
    if (!repeated.ok) expect(repeated.errors[0]!.path).toBe('config.loadBalancers[0].listeners')
    const lb = seed().config.loadBalancers[0]!
    const none = lb.listeners.reduce((c) => removeListener(c, 'alb', 0), seed().config)
    expect(check(none).ok).toBe(false)
  })
})
