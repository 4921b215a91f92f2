'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { addBastion, removeBastion, setAdminAccess, setBastionInstanceType } from '@/lib/model/edit-admin-access'
import { FieldRefusal } from './field-refusal'
import { CheckboxInput, FieldGroup, RemoveButton, SmallButton, TextInput } from './fields'
import { GroupLinks } from './group-links'
import { firstGroupOf } from './first-group'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

/** How people reach the servers: a bastion host (added, sized or removed), Session Manager, an Instance Connect endpoint. */
export function AdminAccessFields() {
  const admin = useDashboardStore((s) => s.scenario.config.adminAccess)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const bastion = admin.bastion
  return (
    <FieldGroup title={w('section-admin')}>
      {bastion ? (
        <div className="space-y-2">
          <TextInput field="admin.bastion.instanceType" label={w('bastion-type')} value={bastion.instanceType} onCommit={(t) => apply('admin.bastion.instanceType', 'bastion-instance-type', (c) => setBastionInstanceType(c, t))} />
          <GroupLinks groupIds={bastion.securityGroups} />
          <RemoveButton label={w('remove-bastion')} onClick={() => apply('admin.bastion', 'bastion-remove', removeBastion)} />
        </div>
      ) : (
        <SmallButton onClick={() => apply('admin.bastion', 'bastion-add', (c) => addBastion(c, [firstGroupOf(c, 'bastion')]))}>{w('add-bastion')}</SmallButton>
      )}
      <FieldRefusal field="admin.bastion" />
      <CheckboxInput field="admin.ssm" label={w('ssm')} checked={admin.ssm} onChange={(ssm) => apply('admin.ssm', 'ssm', (c) => setAdminAccess(c, { ssm }))} />
      <CheckboxInput field="admin.instanceConnect" label={w('instance-connect')} checked={admin.instanceConnectEndpoint} onChange={(on) => apply('admin.instanceConnect', 'instance-connect-endpoint', (c) => setAdminAccess(c, { instanceConnectEndpoint: on }))} />
    </FieldGroup>
  )
}
