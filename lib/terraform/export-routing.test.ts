import { describe, expect, it } from 'vitest'
import { fargateService, parseExport, variantOf } from './test-configs.test-helper'

function behindAlb(routing: 'round-robin' | 'least-outstanding-requests' | undefined) {
  return variantOf((c) => {
    c.services = [fargateService('orders', 8080)]
    c.services[0]!.loadBalancer = c.loadBalancers[0]!.id
    c.securityGroups.push({ id: 'app-sg', name: 'App-SG', ingress: [] })
    if (routing) c.loadBalancers[0]!.routing = routing
    else delete c.loadBalancers[0]!.routing
  })
}

// Elastic Load Balancing, "Target groups for your Application Load Balancers" → "Routing algorithm":
// the target group attribute load_balancing.algorithm.type is round_robin by default and can be
// least_outstanding_requests (Terraform aws_lb_target_group: load_balancing_algorithm_type).
describe('the target group exports the routing the capacity figures assumed', () => {
  it('writes least_outstanding_requests when the load balancer says so', () => {
    expect(parseExport(behindAlb('least-outstanding-requests')).resource.aws_lb_target_group.orders.load_balancing_algorithm_type).toBe('least_outstanding_requests')
  })

  it('leaves round robin to the default', () => {
    expect(parseExport(behindAlb('round-robin')).resource.aws_lb_target_group.orders.load_balancing_algorithm_type).toBeUndefined()
    expect(parseExport(behindAlb(undefined)).resource.aws_lb_target_group.orders.load_balancing_algorithm_type).toBeUndefined()
  })
})
