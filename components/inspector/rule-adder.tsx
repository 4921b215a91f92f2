'use client'

import { useId, useState, type FormEvent } from 'react'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { addRule, type RuleDirection } from '@/lib/model/edit-security-group'
import type { SgRule } from '@/lib/model'
import { FieldRefusal } from './field-refusal'
import { SmallButton } from './fields'
import { useApplyEdit } from './use-inspector-edit'
import { useInspectorSay } from './use-inspector-say'

type PeerKind = SgRule['peer']['kind']
type Draft = { direction: RuleDirection; protocol: SgRule['protocol']; fromPort: string; toPort: string; peerKind: PeerKind; cidr: string; sgId: string }

const SELECT = 'mt-0.5 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-2 focus:outline-sky-600'

/** The rule a draft describes; ports as typed (the schema refuses what is not a port). "All traffic" covers every port. */
function ruleOf(d: Draft): SgRule {
  const peer: SgRule['peer'] = d.peerKind === 'cidr' ? { kind: 'cidr', cidr: d.cidr.trim() } : d.peerKind === 'sg' ? { kind: 'sg', sgId: d.sgId } : { kind: 'prefix-list', name: 'cloudfront-origin-facing' }
  if (d.protocol === 'all') return { protocol: 'all', fromPort: 0, toPort: 65535, peer }
  const fromPort = Number(d.fromPort)
  return { protocol: d.protocol, fromPort, toPort: d.toPort.trim() === '' ? fromPort : Number(d.toPort), peer }
}

/** "Add rule": direction, protocol, ports and peer (an address range, another group or CloudFront's prefix list). */
export function RuleAdder({ groupId }: { groupId: string }) {
  const groups = useDashboardStore((s) => s.scenario.config.securityGroups)
  const [draft, setDraft] = useState<Draft | null>(null)
  const apply = useApplyEdit()
  const { w } = useInspectorSay()
  const id = useId()
  const field = `sg.${groupId}.rule-add`
  if (!draft)
    return (
      <SmallButton onClick={() => setDraft({ direction: 'ingress', protocol: 'tcp', fromPort: '443', toPort: '', peerKind: 'cidr', cidr: '0.0.0.0/0', sgId: groups.find((g) => g.id !== groupId)?.id ?? groupId })}>
        {w('add-rule')}
      </SmallButton>
    )
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (apply(field, 'sg-rule-add', (c) => addRule(c, groupId, draft.direction, ruleOf(draft)))) setDraft(null)
  }
  const label = (name: string, text: string, control: React.ReactNode) => (
    <div className="min-w-0">
      <label htmlFor={`${id}-${name}`} className="block text-xs font-medium text-slate-700">
        {text}
      </label>
      {control}
    </div>
  )
  return (
    <form onSubmit={submit} aria-label={w('add-rule')} className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2">
      <div className="grid grid-cols-2 gap-2">
        {label('direction', w('direction'), (
          <select id={`${id}-direction`} value={draft.direction} onChange={(e) => set({ direction: e.target.value as RuleDirection })} className={SELECT}>
            <option value="ingress">{w('direction-ingress')}</option>
            <option value="egress">{w('direction-egress')}</option>
          </select>
        ))}
        {label('protocol', w('protocol'), (
          <select id={`${id}-protocol`} value={draft.protocol} onChange={(e) => set({ protocol: e.target.value as SgRule['protocol'] })} className={SELECT}>
            <option value="tcp">{w('protocol-tcp')}</option>
            <option value="udp">{w('protocol-udp')}</option>
            <option value="all">{w('protocol-all')}</option>
          </select>
        ))}
        {draft.protocol !== 'all' && (
          <>
            {label('from', w('from-port'), <input id={`${id}-from`} inputMode="numeric" value={draft.fromPort} onChange={(e) => set({ fromPort: e.target.value })} className={`${SELECT} text-right`} />)}
            {label('to', w('to-port'), <input id={`${id}-to`} inputMode="numeric" value={draft.toPort} placeholder={draft.fromPort} onChange={(e) => set({ toPort: e.target.value })} className={`${SELECT} text-right`} />)}
          </>
        )}
      </div>
      {label('peer', w('peer'), (
        <select id={`${id}-peer`} value={draft.peerKind} onChange={(e) => set({ peerKind: e.target.value as PeerKind })} className={SELECT}>
          <option value="cidr">{w('peer-cidr')}</option>
          <option value="sg">{w('peer-sg')}</option>
          <option value="prefix-list">{w('peer-prefix-list')}</option>
        </select>
      ))}
      {draft.peerKind === 'cidr' && label('cidr', w('cidr'), <input id={`${id}-cidr`} value={draft.cidr} spellCheck={false} onChange={(e) => set({ cidr: e.target.value })} className={`${SELECT} font-mono`} />)}
      {draft.peerKind === 'sg' &&
        label('group', w('peer-group'), (
          <select id={`${id}-group`} value={draft.sgId} onChange={(e) => set({ sgId: e.target.value })} className={SELECT}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        ))}
      <FieldRefusal field={field} />
      <div className="flex gap-2">
        <SmallButton type="submit">{w('save-rule')}</SmallButton>
        <SmallButton onClick={() => setDraft(null)}>{w('cancel')}</SmallButton>
      </div>
    </form>
  )
}
