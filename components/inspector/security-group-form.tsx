'use client'

import { useDashboardStore } from '@/components/store/dashboard-store'
import { listRules, removeRule, removeSecurityGroup, type RuleDirection } from '@/lib/model/edit-security-group'
import type { SecurityGroup, SgRule } from '@/lib/model'
import { FieldRefusal } from './field-refusal'
import { FieldGroup, RemoveButton } from './fields'
import { RuleAdder } from './rule-adder'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

const DIRECTIONS: RuleDirection[] = ['ingress', 'egress']

/**
 * One security group's inbound and outbound rules, numbered through both lists (inbound first), so
 * "Remove rule 3" names one rule of the group; "Add rule" adds one; the group itself can go.
 */
export function SecurityGroupForm({ groupId }: { groupId: string }) {
  const groups = useDashboardStore((s) => s.scenario.config.securityGroups)
  const selectNode = useDashboardStore((s) => s.selectNode)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const group = groups.find((g) => g.id === groupId)
  if (!group) return null
  const inboundCount = group.ingress.length
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">{w('group-title', { name: group.name })}</h3>
      {DIRECTIONS.map((direction) => (
        <FieldGroup key={direction} title={w(direction)}>
          <RuleList group={group} groups={groups} direction={direction} firstNumber={direction === 'ingress' ? 1 : inboundCount + 1} />
        </FieldGroup>
      ))}
      <FieldRefusal field={`sg.${groupId}.rules`} />
      <RuleAdder groupId={groupId} />
      <div className="border-t border-slate-100 pt-2">
        <RemoveButton label={w('remove-security-group')} onClick={() => apply(`sg.${groupId}.remove`, 'sg-remove', (c) => removeSecurityGroup(c, groupId)) && selectNode(null)} />
        <FieldRefusal field={`sg.${groupId}.remove`} />
      </div>
    </div>
  )
}

function RuleList({ group, groups, direction, firstNumber }: { group: SecurityGroup; groups: SecurityGroup[]; direction: RuleDirection; firstNumber: number }) {
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const rules = listRules(group, direction)
  const peerName = (peer: SgRule['peer']) =>
    peer.kind === 'cidr' ? (peer.label ? w('peer-named-cidr', { cidr: peer.cidr, label: peer.label }) : peer.cidr) : peer.kind === 'sg' ? (groups.find((g) => g.id === peer.sgId)?.name ?? peer.sgId) : w('cloudfront-origin-facing')
  if (rules.length === 0) return <p className="text-xs text-slate-500">{w('no-rules')}</p>
  return (
    <ol className="space-y-1" data-testid={`inspector-${direction}-rules`}>
      {rules.map((rule, i) => {
        const n = firstNumber + i
        return (
          <li key={`${n}-${rule.protocol}-${rule.fromPort}`} className="flex items-start justify-between gap-2 text-xs">
            <span className="min-w-0 text-slate-800">
              <span className="mr-1 font-mono text-slate-400">{n}.</span>
              {w('rule', { direction, ports: w('rule-ports', { protocol: rule.protocol, fromPort: rule.fromPort, toPort: rule.toPort }), peer: peerName(rule.peer) })}
              {rule.description && <span className="block text-[11px] text-slate-500">{rule.description}</span>}
            </span>
            <RemoveButton label={w('remove-rule', { n })} onClick={() => apply(`sg.${group.id}.rules`, 'sg-rule-remove', (c) => removeRule(c, group.id, direction, i))}>
              ×
            </RemoveButton>
          </li>
        )
      })}
    </ol>
  )
}
