import type { PresetInput } from './preset-schema'

type Service = PresetInput['scenario']['config']['services'][number]

type Ec2TierOptions = {
  id: string
  name: string
  port: number
  instanceType: string
  count: { min: number; desired: number; max: number }
  onDemandBase: number
  cpuTarget: number
  loadBalancer: string
  securityGroup: string
  serviceTimeMs: number
  workersPerTask: number
  /** vCPUs of the instance type the service time was assumed on; absent = the group's own. */
  measuredOnVcpu?: number
  healthCheck: { intervalSeconds: number; unhealthyThreshold: number; path?: string; healthyThreshold?: number }
}

/** An EC2 Auto Scaling group behind a load balancer, scaled by CPU target tracking. */
export function ec2TierService(o: Ec2TierOptions): Service {
  return {
    id: o.id,
    name: o.name,
    port: o.port,
    compute: { kind: 'ec2', instanceType: o.instanceType, onDemandBase: o.onDemandBase, purchase: 'on-demand' },
    count: o.count,
    scaling: { policy: 'target-tracking', metric: 'cpu', target: o.cpuTarget },
    loadBalancer: o.loadBalancer,
    securityGroups: [o.securityGroup],
    trafficShare: 1,
    performance: { serviceTimeMs: o.serviceTimeMs, workersPerTask: o.workersPerTask, ...(o.measuredOnVcpu === undefined ? {} : { measuredOnVcpu: o.measuredOnVcpu }) },
    healthCheck: { ...o.healthCheck, gracePeriodSeconds: 300 },
    deployment: { autoRollback: false },
  }
}
