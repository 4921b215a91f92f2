import { describe, expect, it } from 'vitest'
import { describeOutage, describeReplacementSteps } from './describe-replacement'
import { cloneSwiftlogix } from './swiftlogix-fixture'
import { estimateTaskReplacement } from './task-replacement'

describe('describeOutage', () => {
  it('names every single-task service and uses the plural for several', () => {
    const { services } = cloneSwiftlogix().config
    services[0]!.count.desired = 1
    services[1]!.count.desired = 1
    expect(describeOutage(services)).toEqual({
      en: 'Order service and Stock service each run a single task, so their users see an outage until the replacement is healthy.',
      ko: 'Order service, Stock service는 태스크가 하나뿐이라, 교체 태스크가 정상이 될 때까지 사용자가 중단을 겪습니다.',
    })
  })

  it('says nothing when no service runs', () => {
    expect(describeOutage([])).toBeNull()
  })
})

describe('describeReplacementSteps', () => {
  it('ends with taking work again when no load balancer fronts the service', () => {
    const service = cloneSwiftlogix().config.services[0]!
    const steps = describeReplacementSteps(estimateTaskReplacement(service), false)
    expect(steps).toHaveLength(3)
    expect(steps[2]!.en).toBe('The replacement passes its health check and takes work again.')
    expect(steps[2]!.ko).toBe('교체 태스크가 헬스 체크를 통과하고 다시 일을 받습니다.')
  })
})
