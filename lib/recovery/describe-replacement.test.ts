import { describe, expect, it } from 'vitest'
import { describeOutage, describeReplacementSteps } from './describe-replacement'
import { cloneSwiftlogix } from './swiftlogix-fixture'
import { estimateTaskReplacement } from './task-replacement'

describe('describeOutage', () => {
  it('names every single-task service and uses the plural for several', () => {
    const { services } = cloneSwiftlogix().config
    services[0]!.count.desired = 1
    services[1]!.count.desired = 1
    expect(describeOutage(services)).toBe(
      'Order service and Stock service each run a single task, so their users see an outage until the replacement is healthy.',
    )
  })

  it('says nothing when no service runs', () => {
    expect(describeOutage([])).toBe('')
  })
})

describe('describeReplacementSteps', () => {
  it('ends with taking work again when no load balancer fronts the service', () => {
    const service = cloneSwiftlogix().config.services[0]!
    const steps = describeReplacementSteps(estimateTaskReplacement(service), false)
    expect(steps).toHaveLength(3)
    expect(steps[2]).toBe('The replacement passes its health check and takes work again.')
  })
})
