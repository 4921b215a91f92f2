'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { patchDatabase, type DatabasePatch } from '@/lib/model/edit-database'
import type { Database } from '@/lib/model'
import type { EditName } from '@/lib/i18n/catalog/notice-reasons'
import { CheckboxInput, FieldGroup, FieldRow, NumberInput, SelectInput, TextInput } from './fields'
import { GroupLinks } from './group-links'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

const INSIGHTS: Database['insights'][] = ['off', 'standard', 'advanced']

/** The database: engine, class, Multi-AZ, storage, replicas, backups, insights, encryption, access. */
export function DatabaseForm() {
  const db = useDashboardStore((s) => s.scenario.config.database)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const set = (field: keyof DatabasePatch, what: EditName, patch: DatabasePatch) => apply(`database.${field}`, what, (c) => patchDatabase(c, patch))
  return (
    <div className="space-y-2">
      <FieldGroup title={w('section-database')}>
        <SelectInput field="database.engine" label={w('engine')} value={db.engine} options={[{ value: 'postgresql', label: w('engine-postgresql') }, { value: 'mysql', label: w('engine-mysql') }]} onChange={(engine) => set('engine', 'db-engine', { engine: engine as Database['engine'] })} />
        <TextInput field="database.instanceClass" label={w('db-class')} value={db.instanceClass} hint={w('db-class-hint')} onCommit={(instanceClass) => set('instanceClass', 'db-class', { instanceClass })} />
        <CheckboxInput field="database.multiAz" label={w('multi-az')} checked={db.multiAz} onChange={(multiAz) => set('multiAz', 'db-multi-az', { multiAz })} />
      </FieldGroup>
      <FieldGroup title={w('section-storage')}>
        <FieldRow fields={['database.storageType', 'database.storageGb']}>
          <SelectInput field="database.storageType" label={w('storage-type')} value={db.storageType} options={['gp2', 'gp3'].map((t) => ({ value: t, label: t }))} onChange={(t) => set('storageType', 'db-storage', { storageType: t as Database['storageType'] })} />
          <NumberInput field="database.storageGb" label={w('storage-gb')} value={db.storageGb} onCommit={(gb) => set('storageGb', 'db-storage', { storageGb: gb ?? 0 })} />
        </FieldRow>
        <CheckboxInput field="database.autoscaling" label={w('storage-autoscaling')} checked={db.maxStorageGb !== undefined} onChange={(on) => apply('database.autoscaling', 'db-storage', (c) => patchDatabase(c, { maxStorageGb: on ? Math.max(c.database.storageGb * 2, 40) : null }))} />
        {db.maxStorageGb !== undefined && <NumberInput field="database.maxStorageGb" label={w('max-storage')} value={db.maxStorageGb} onCommit={(gb) => set('maxStorageGb', 'db-storage', { maxStorageGb: gb })} optional />}
      </FieldGroup>
      <FieldGroup title={w('section-backups')}>
        <FieldRow fields={['database.readReplicas', 'database.backupRetentionDays']}>
          <NumberInput field="database.readReplicas" label={w('read-replicas')} value={db.readReplicas} onCommit={(n) => set('readReplicas', 'db-replicas', { readReplicas: n ?? 0 })} />
          <NumberInput field="database.backupRetentionDays" label={w('backup-days')} value={db.backupRetentionDays} onCommit={(d) => set('backupRetentionDays', 'db-backups', { backupRetentionDays: d ?? 0 })} />
        </FieldRow>
        <SelectInput field="database.insights" label={w('insights')} value={db.insights} options={INSIGHTS.map((i) => ({ value: i, label: w(`insights-${i}`) }))} onChange={(i) => set('insights', 'db-insights', { insights: i as Database['insights'] })} />
        <CheckboxInput field="database.encrypted" label={w('encrypted')} checked={db.encrypted} onChange={(encrypted) => set('encrypted', 'db-encryption', { encrypted })} />
        <CheckboxInput field="database.publiclyAccessible" label={w('public-access')} checked={db.publiclyAccessible} onChange={(publiclyAccessible) => set('publiclyAccessible', 'db-public-access', { publiclyAccessible })} />
        <GroupLinks groupIds={db.securityGroups} />
      </FieldGroup>
    </div>
  )
}
