'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { setAzCount, VpcEndpointSchema, type NatMode } from '@/lib/model'
import { setNatInstanceType, setNatMode, setVpcEndpoint } from '@/lib/model/edit-network'
import { AdminAccessFields } from './admin-access-fields'
import { CheckboxInput, FieldGroup, SelectInput, TextInput } from './fields'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

const NAT_MODES: NatMode[] = ['none', 'single', 'per-az', 'instance']

/** The network: availability zones, how the app tier reaches the internet (NAT), VPC endpoints, admin access. */
export function NetworkForm() {
  const network = useDashboardStore((s) => s.scenario.config.network)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  return (
    <div className="space-y-2">
      <FieldGroup title={w('section-network')}>
        <SelectInput field="network.azCount" label={w('az-count')} value={String(network.azCount)} options={[2, 3].map((n) => ({ value: String(n), label: w('az-option', { count: n }) }))} onChange={(n) => apply('network.azCount', 'az-count', (c) => setAzCount(c, Number(n)))} />
        <SelectInput field="network.nat" label={w('nat')} value={network.nat.mode} options={NAT_MODES.map((m) => ({ value: m, label: w(`nat-${m}`) }))} onChange={(m) => apply('network.nat', 'nat-mode', (c) => setNatMode(c, m as NatMode))} />
        {network.nat.mode === 'instance' && <TextInput field="network.nat.instanceType" label={w('nat-instance-type')} value={network.nat.instanceType} onCommit={(t) => apply('network.nat.instanceType', 'nat-instance-type', (c) => setNatInstanceType(c, t))} />}
      </FieldGroup>
      <FieldGroup title={w('endpoints')}>
        <div className="grid grid-cols-1 gap-1">
          {VpcEndpointSchema.options.map((endpoint) => (
            <CheckboxInput key={endpoint} field={`network.endpoint.${endpoint}`} label={w('endpoint', { endpoint })} checked={network.vpcEndpoints.includes(endpoint)} onChange={(on) => apply(`network.endpoint.${endpoint}`, 'vpc-endpoint', (c) => setVpcEndpoint(c, endpoint, on))} />
          ))}
        </div>
      </FieldGroup>
      <AdminAccessFields />
    </div>
  )
}
