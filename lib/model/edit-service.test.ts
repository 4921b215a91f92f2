import { describe, expect, it } from 'vitest'
import { findPreset } from '../../data/presets'
import { parseScenario } from './parse-scenario'
import {
  addService,
  patchService,
  removeService,
  setServiceAutoRollback,
  setServiceCompute,
  setServiceCount,
  setServiceFargateSize,
  setServiceHealthCheck,
  setServiceInstanceType,
  setServiceLoadBalancer,
  setServicePerformance,
  setServiceScaling,
} from './edit-service'
import type { ArchitectureConfig } from './architecture'

const seed = () => findPreset('swiftlogix')!.scenario
const check = (config: ArchitectureConfig) => parseScenario({ ...seed(), config })

describe('the service verbs', () => {
  it('add a valid service shaped like the first one, with a free id, and change nothing else', () => {
    const before = seed().config
    const { config, serviceId } = addService(before, 'Search')
    expect(serviceId).toBe('service')
    expect(config.services).toHaveLength(before.services.length + 1)
    expect(config.services.at(-1)).toMatchObject({ id: 'service', name: 'Search', securityGroups: before.services[0]!.securityGroups, loadBalancer: before.services[0]!.loadBalancer, count: { min: 1, desired: 2, max: 4 } })
    expect(before.services).toHaveLength(3)
    expect(check(config).ok).toBe(true)
    expect(addService(config, 'Again').serviceId).toBe('service-2')
  })

  it('remove a service, and leave removing the last one for the schema to refuse', () => {
    const config = removeService(seed().config, 'order')
    expect(config.services.map((s) => s.id)).toEqual(['stock', 'payment'])
    const none = ['stock', 'payment'].reduce(removeService, config)
    const parsed = check(none)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('config.services')
  })

  it('switch to EC2 keeping the counts and asking an instance type, and back to Fargate', () => {
    const before = seed().config
    const ec2 = setServiceCompute(before, 'order', { kind: 'ec2', instanceType: 't3.small' })
    const order = ec2.services[0]!
    expect(order.compute).toEqual({ kind: 'ec2', instanceType: 't3.small', onDemandBase: order.count.max, purchase: 'on-demand' })
    expect(order.count).toEqual(before.services[0]!.count)
    expect(order.performance.measuredOnVcpu).toBe(0.5)
    expect(check(ec2).ok).toBe(true)
    expect(setServiceInstanceType(ec2, 'order', 'm7g.large').services[0]!.compute).toMatchObject({ instanceType: 'm7g.large' })
    const back = setServiceCompute(ec2, 'order', { kind: 'fargate', vcpu: 1, memoryGb: 2 })
    expect(back.services[0]!.compute).toMatchObject({ kind: 'fargate', vcpu: 1, memoryGb: 2 })
  })

  it('refuse an instance type that is not an AWS type name through the schema', () => {
    const parsed = check(setServiceInstanceType(setServiceCompute(seed().config, 'order', { kind: 'ec2', instanceType: 't3.small' }), 'order', '${file("x")}'))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('config.services[0].compute.instanceType')
  })

  it('size one Fargate service and keep the vCPU its service time was measured on', () => {
    const config = setServiceFargateSize(seed().config, 'stock', 2, 8)
    expect(config.services[1]!.compute).toMatchObject({ vcpu: 2, memoryGb: 8 })
    expect(config.services[1]!.performance.measuredOnVcpu).toBe(0.5)
    expect(config.services[0]).toBe(seed().config.services[0])
  })

  it('set a count as typed and let the schema refuse a desired count above the maximum at count.max', () => {
    const ok = setServiceCount(seed().config, 'order', 'desired', 3)
    expect(ok.services[0]!.count.desired).toBe(3)
    const parsed = check(setServiceCount(seed().config, 'order', 'desired', 99))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ path: 'config.services[0].count.max', message: 'max must be at least desired' })
  })

  it('set scaling, port, name, health check, rollback and the load balancer link', () => {
    let config = setServiceScaling(seed().config, 'order', { metric: 'requests-per-target', target: 500 })
    config = patchService(config, 'order', { port: 9090, name: 'Orders' })
    config = setServiceHealthCheck(config, 'order', { path: '/healthz', healthyThreshold: 3 })
    config = setServiceAutoRollback(config, 'order', false)
    config = setServiceLoadBalancer(config, 'order', null)
    const order = config.services[0]!
    expect(order).toMatchObject({ port: 9090, name: 'Orders', scaling: { metric: 'requests-per-target', target: 500 }, healthCheck: { path: '/healthz', healthyThreshold: 3 }, deployment: { autoRollback: false } })
    expect('loadBalancer' in order).toBe(false)
    expect(setServiceHealthCheck(config, 'order', { path: '' }).services[0]!.healthCheck).not.toHaveProperty('path')
    expect(check(config).ok).toBe(true)
  })

  it('refuse a CPU target above 100 % and a link to an unknown load balancer through the schema', () => {
    const target = check(setServiceScaling(seed().config, 'order', { metric: 'cpu', target: 150 }))
    expect(target.ok).toBe(false)
    if (!target.ok) expect(target.errors[0]!.path).toBe('config.services[0].scaling.target')
    const link = check(setServiceLoadBalancer(seed().config, 'order', 'nope'))
    expect(link.ok).toBe(false)
    if (!link.ok) expect(link.errors[0]!.path).toBe('config.services[0].loadBalancer')
  })

  it('set a service time, workers per task and traffic share, leaving the measurements alone; the schema refuses a share above 1', () => {
    const before = seed().config
    const id = before.services[0]!.id
    const config = setServicePerformance(before, id, { serviceTimeMs: 120, workersPerTask: 4, trafficShare: 0.5 })
    expect(config.services[0]).toMatchObject({ trafficShare: 0.5, performance: { ...before.services[0]!.performance, serviceTimeMs: 120, workersPerTask: 4 } })
    expect(before.services[0]!.performance.serviceTimeMs).not.toBe(120)
    expect(check(config).ok).toBe(true)
    expect(check(setServicePerformance(before, id, { trafficShare: 1.5 })).ok).toBe(false)
    expect(check(setServicePerformance(before, id, { serviceTimeMs: 0 })).ok).toBe(false)
  })
})
