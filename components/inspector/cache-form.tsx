'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { patchCache, removeCache } from '@/lib/model/edit-cache'
import type { Cache } from '@/lib/model'
import { FieldRefusal } from './field-refusal'
import { FieldGroup, FieldRow, NumberInput, RemoveButton, SelectInput, TextInput } from './fields'
import { GroupLinks } from './group-links'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

/** The cache: engine, node type and nodes; removing it. */
export function CacheForm() {
  const cache = useDashboardStore((s) => s.scenario.config.cache)
  const selectNode = useDashboardStore((s) => s.selectNode)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  if (!cache) return null
  return (
    <div className="space-y-2">
      <FieldGroup title={w('section-cache')}>
        <SelectInput field="cache.engine" label={w('engine')} value={cache.engine} options={[{ value: 'valkey', label: w('engine-valkey') }, { value: 'redis', label: w('engine-redis') }]} onChange={(engine) => apply('cache.engine', 'cache-settings', (c) => patchCache(c, { engine: engine as Cache['engine'] }))} />
        <FieldRow fields={['cache.nodeType', 'cache.nodes']}>
          <TextInput field="cache.nodeType" label={w('node-type')} value={cache.nodeType} onCommit={(nodeType) => apply('cache.nodeType', 'cache-settings', (c) => patchCache(c, { nodeType }))} />
          <NumberInput field="cache.nodes" label={w('nodes')} value={cache.nodes} onCommit={(nodes) => apply('cache.nodes', 'cache-settings', (c) => patchCache(c, { nodes: nodes ?? 0 }))} />
        </FieldRow>
        <GroupLinks groupIds={cache.securityGroups} />
      </FieldGroup>
      <RemoveButton label={w('remove-cache')} onClick={() => apply('cache.remove', 'cache-remove', removeCache) && selectNode(null)} />
      <FieldRefusal field="cache.remove" />
    </div>
  )
}
