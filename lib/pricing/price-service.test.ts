import { describe, expect, it } from 'vitest'
import { serviceOfPriceKey } from './price-service'

describe('serviceOfPriceKey', () => {
  it('reads the service from the key\'s first segment', () => {
    expect(serviceOfPriceKey('rds.mysql.db.t3.large.multi_az.hour')).toBe('rds')
    expect(serviceOfPriceKey('ec2.linux.t3.medium.hour')).toBe('ec2')
    expect(serviceOfPriceKey('elasticache.redis.cache.t3.micro.hour')).toBe('elasticache')
    expect(serviceOfPriceKey('nat_gateway.gb')).toBe('nat_gateway')
    expect(serviceOfPriceKey('fargate.linux_arm.gb_hour')).toBe('fargate')
  })

  it('counts a reservation under the service it reserves', () => {
    expect(serviceOfPriceKey('reserved.rds.mysql.db.t3.small.multi_az.1yr_all_upfront.effective_hour')).toBe('rds')
    expect(serviceOfPriceKey('reserved.ec2.t3.micro.linux.1yr_no_upfront.effective_hour')).toBe('ec2')
  })

  it('puts a service it does not list under "other"', () => {
    expect(serviceOfPriceKey('sqs.requests')).toBe('other')
    expect(serviceOfPriceKey('reserved')).toBe('other')
    expect(serviceOfPriceKey('other.thing')).toBe('other')
  })
})
