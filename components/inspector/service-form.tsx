'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { fargateMemoryChoices, FARGATE_VCPUS, type FargateVcpu } from '@/lib/model/fargate-sizes'
import {
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
} from '@/lib/model/edit-service'
import type { Scaling, Service } from '@/lib/model'
import { FieldRefusal } from './field-refusal'
import { CheckboxInput, FieldGroup, FieldRow, NumberInput, RemoveButton, SelectInput, TextInput } from './fields'
import { GroupMembership } from './group-membership'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

const METRICS: Scaling['metric'][] = ['cpu', 'memory', 'requests-per-target', 'queue-length']
const COUNTS = ['min', 'desired', 'max'] as const
/** The instance type a service moved to EC2 starts on; the field then takes any. */
const FIRST_INSTANCE_TYPE = 't3.small'

/** Everything the inspector edits on one service. */
export function ServiceForm({ serviceId }: { serviceId: string }) {
  const service = useDashboardStore((s) => s.scenario.config.services.find((svc) => svc.id === serviceId))
  const loadBalancers = useDashboardStore((s) => s.scenario.config.loadBalancers)
  const selectNode = useDashboardStore((s) => s.selectNode)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  if (!service) return null
  const key = (what: string) => `service.${serviceId}.${what}`
  const num = (v: number | null) => v ?? 0
  return (
    <div className="space-y-2">
      <FieldGroup title={w('section-service')}>
        <TextInput field={key('name')} label={w('name')} value={service.name} onCommit={(name) => apply(key('name'), 'service-name', (c) => patchService(c, serviceId, { name }))} />
        <NumberInput field={key('port')} label={w('port')} value={service.port} onCommit={(port) => apply(key('port'), 'service-port', (c) => patchService(c, serviceId, { port: num(port) }))} />
      </FieldGroup>
      <ComputeFields service={service} />
      <FieldGroup title={w('section-count')}>
        <FieldRow columns={3} fields={COUNTS.map((which) => key(`count.${which}`))}>
          {COUNTS.map((which) => (
            <NumberInput key={which} field={key(`count.${which}`)} label={w(`count-${which}`)} value={service.count[which]} onCommit={(v) => apply(key(`count.${which}`), 'service-count', (c) => setServiceCount(c, serviceId, which, num(v)))} />
          ))}
        </FieldRow>
      </FieldGroup>
      <FieldGroup title={w('section-scaling')}>
        <SelectInput
          field={key('scaling.policy')}
          label={w('policy')}
          value={service.scaling.policy}
          options={[{ value: 'none', label: w('policy-none') }, { value: 'target-tracking', label: w('policy-target-tracking') }]}
          onChange={(policy) => apply(key('scaling.policy'), 'service-scaling', (c) => setServiceScaling(c, serviceId, { policy: policy as Scaling['policy'] }))}
        />
        {service.scaling.policy === 'target-tracking' && (
          <FieldRow fields={[key('scaling.metric'), key('scaling.target')]}>
            <SelectInput field={key('scaling.metric')} label={w('metric')} value={service.scaling.metric} options={METRICS.map((m) => ({ value: m, label: w(`metric-${m}`) }))} onChange={(metric) => apply(key('scaling.metric'), 'service-scaling', (c) => setServiceScaling(c, serviceId, { metric: metric as Scaling['metric'] }))} />
            <NumberInput field={key('scaling.target')} label={w('target')} value={service.scaling.target} onCommit={(target) => apply(key('scaling.target'), 'service-scaling', (c) => setServiceScaling(c, serviceId, { target: num(target) }))} />
          </FieldRow>
        )}
      </FieldGroup>
      <FieldGroup title={w('section-performance')}>
        <NumberInput
          field={key('performance.serviceTimeMs')}
          label={w('service-time')}
          value={service.performance.serviceTimeMs}
          hint={service.performance.measuredP95Ms !== undefined && service.performance.measuredAtRpsPerTask !== undefined ? w('service-time-measured') : w('service-time-hint')}
          onCommit={(ms) => apply(key('performance.serviceTimeMs'), 'service-performance', (c) => setServicePerformance(c, serviceId, { serviceTimeMs: num(ms) }))}
        />
        <FieldRow fields={[key('performance.workersPerTask'), key('trafficShare')]}>
          <NumberInput field={key('performance.workersPerTask')} label={w('workers-per-task')} value={service.performance.workersPerTask} onCommit={(n) => apply(key('performance.workersPerTask'), 'service-performance', (c) => setServicePerformance(c, serviceId, { workersPerTask: num(n) }))} />
          <NumberInput field={key('trafficShare')} label={w('traffic-share')} value={service.trafficShare} onCommit={(share) => apply(key('trafficShare'), 'service-performance', (c) => setServicePerformance(c, serviceId, { trafficShare: num(share) }))} />
        </FieldRow>
      </FieldGroup>
      <HealthCheckFields service={service} />
      <FieldGroup title={w('section-traffic')}>
        <SelectInput
          field={key('load-balancer')}
          label={w('load-balancer')}
          value={service.loadBalancer ?? ''}
          options={[{ value: '', label: w('none') }, ...loadBalancers.map((lb) => ({ value: lb.id, label: lb.name }))]}
          onChange={(id) => apply(key('load-balancer'), 'service-load-balancer', (c) => setServiceLoadBalancer(c, serviceId, id || null))}
        />
        <GroupMembership field={key('security-groups')} groupIds={service.securityGroups} onChange={(securityGroups) => apply(key('security-groups'), 'service-security-groups', (c) => patchService(c, serviceId, { securityGroups }))} />
        <CheckboxInput field={key('rollback')} label={w('auto-rollback')} checked={service.deployment.autoRollback} onChange={(on) => apply(key('rollback'), 'service-rollback', (c) => setServiceAutoRollback(c, serviceId, on))} />
      </FieldGroup>
      <div className="pt-1">
        <RemoveButton label={w('remove-service')} onClick={() => apply(key('remove'), 'service-remove', (c) => removeService(c, serviceId)) && selectNode(null)} />
      </div>
      <FieldRefusal field={key('remove')} />
    </div>
  )
}

function ComputeFields({ service }: { service: Service }) {
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const serviceId = service.id
  const key = (what: string) => `service.${serviceId}.${what}`
  const compute = service.compute
  return (
    <FieldGroup title={w('section-compute')}>
      <SelectInput
        field={key('compute')}
        label={w('runs-on')}
        value={compute.kind}
        options={[{ value: 'fargate', label: w('kind-fargate') }, { value: 'ec2', label: w('kind-ec2') }]}
        onChange={(kind) =>
          apply(key('compute'), 'service-compute', (c) => setServiceCompute(c, serviceId, kind === 'ec2' ? { kind: 'ec2', instanceType: FIRST_INSTANCE_TYPE } : { kind: 'fargate', vcpu: 0.5, memoryGb: 1 }))
        }
      />
      {compute.kind === 'fargate' ? (
        <FieldRow fields={[key('size.vcpu'), key('size.memory')]}>
          <SelectInput
            field={key('size.vcpu')}
            label={w('vcpu')}
            value={String(compute.vcpu)}
            options={FARGATE_VCPUS.map((v) => ({ value: String(v), label: w('vcpu-option', { vcpu: v }) }))}
            onChange={(v) => {
              const vcpu = Number(v) as FargateVcpu
              const memory = fargateMemoryChoices(vcpu)
              // Keep the memory when the new vCPU allows it, else its smallest.
              apply(key('size.vcpu'), 'service-size', (c) => setServiceFargateSize(c, serviceId, vcpu, memory.includes(compute.memoryGb) ? compute.memoryGb : memory[0]!))
            }}
          />
          <SelectInput
            field={key('size.memory')}
            label={w('memory')}
            value={String(compute.memoryGb)}
            options={fargateMemoryChoices(compute.vcpu).map((m) => ({ value: String(m), label: w('memory-option', { memoryGb: m }) }))}
            onChange={(m) => apply(key('size.memory'), 'service-size', (c) => setServiceFargateSize(c, serviceId, compute.vcpu, Number(m)))}
          />
        </FieldRow>
      ) : (
        <TextInput field={key('instance-type')} label={w('instance-type')} value={compute.instanceType} onCommit={(t) => apply(key('instance-type'), 'service-instance-type', (c) => setServiceInstanceType(c, serviceId, t))} />
      )}
    </FieldGroup>
  )
}

function HealthCheckFields({ service }: { service: Service }) {
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const serviceId = service.id
  const field = (what: keyof Service['healthCheck']) => `service.${serviceId}.health.${what}`
  const hc = service.healthCheck
  const set = (patch: Partial<Service['healthCheck']>) => apply(field(Object.keys(patch)[0] as keyof Service['healthCheck']), 'service-health-check', (c) => setServiceHealthCheck(c, serviceId, patch))
  return (
    <FieldGroup title={w('section-health')}>
      <TextInput field={field('path')} label={w('health-path')} value={hc.path ?? '/'} onCommit={(path) => set({ path })} />
      <FieldRow fields={(['intervalSeconds', 'gracePeriodSeconds', 'healthyThreshold', 'unhealthyThreshold'] as const).map(field)}>
        <NumberInput field={field('intervalSeconds')} label={w('health-interval')} value={hc.intervalSeconds} onCommit={(v) => set({ intervalSeconds: v ?? 0 })} />
        <NumberInput field={field('gracePeriodSeconds')} label={w('health-grace')} value={hc.gracePeriodSeconds} onCommit={(v) => set({ gracePeriodSeconds: v ?? 0 })} />
        <NumberInput field={field('healthyThreshold')} label={w('health-healthy')} value={hc.healthyThreshold ?? 5} onCommit={(v) => set({ healthyThreshold: v ?? 0 })} />
        <NumberInput field={field('unhealthyThreshold')} label={w('health-unhealthy')} value={hc.unhealthyThreshold} onCommit={(v) => set({ unhealthyThreshold: v ?? 0 })} />
      </FieldRow>
    </FieldGroup>
  )
}
