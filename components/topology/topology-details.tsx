'use client'

import { useMemo, type ReactNode } from 'react'
import { useLocale, useT } from '@/components/i18n/locale-provider'
import { Badge } from '@/components/ui/badge'
import { MODE_TONE, SEVERITY_TONE } from '@/components/ui/tones'
import type { Evaluation } from '@/lib/evaluate'
import { sayRecovery } from '@/lib/i18n/catalog/say-recovery'
import { saySecurity } from '@/lib/i18n/catalog/say-security'
import { sayTopology } from '@/lib/i18n/catalog/say-topology'
import { modeWord } from '@/lib/recovery/recovery-reasons'
import type { Scenario } from '@/lib/model'
import { describeNode } from './describe-node'
import { NodeGlyph } from './node-glyph'
import { GLYPH_TILE } from './node-styles'
import { useTopologyUi } from './topology-ui'

type TopologyDetailsProps = { scenario: Scenario; evaluation: Evaluation; nodeId: string | null }

function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  return (
    <section className="mt-4">
      <h4 className="mb-1.5 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
        {title}
        {count !== undefined && <span className="ml-1 font-medium text-slate-500">({count})</span>}
      </h4>
      {children}
    </section>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </>
  )
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="text-xs text-slate-500">{children}</p>
}

/**
 * What the selected box is: kind, size, tier and AZ; the findings about it; the security-group
 * rules that let traffic in; and the failure scenarios in which it is a single point of failure.
 * Renders a plain block: the caller supplies the side panel (an <aside>) around it.
 */
export function TopologyDetails({ scenario, evaluation, nodeId }: TopologyDetailsProps) {
  const { locale } = useLocale()
  const { ui } = useTopologyUi()
  const t = useT()
  const description = useMemo(() => (nodeId ? describeNode(scenario, evaluation, nodeId) : null), [scenario, evaluation, nodeId])
  if (!description) {
    return (
      <div data-testid="topology-details" className="text-sm text-slate-500">
        {nodeId ? ui('topology-ui.not-in-design', { id: nodeId }) : ui('topology-ui.select-hint')}
      </div>
    )
  }
  const { node, parentLabel, securityGroups, findings, inbound, singlePointIn } = description
  const findingWords = findings.map((f) => ({ f, says: { message: saySecurity(locale, f.message), fix: saySecurity(locale, f.fix) } }))
  const isResource = !['region', 'vpc', 'az', 'subnet-group'].includes(node.kind)
  return (
    <div data-testid="topology-details" className="text-sm">
      <header className="flex items-start gap-2.5">
        <span className={`flex h-9 w-9 shrink-0 items-center justify-center rounded-md ${node.kind === 'external' ? 'bg-slate-800 text-white' : GLYPH_TILE[node.kind]} ${isResource ? '' : 'bg-slate-100'}`}>
          <NodeGlyph kind={node.kind} isInternet={node.id === 'internet'} />
        </span>
        <div className="min-w-0">
          <h3 className="font-semibold leading-5 text-slate-900">{sayTopology(locale, node.label)}</h3>
          {node.sublabel && <p className="text-xs text-slate-600">{sayTopology(locale, node.sublabel)}</p>}
        </div>
      </header>

      <dl className="mt-3 grid grid-cols-[5.5rem_1fr] gap-x-2 gap-y-1 text-xs">
        <Fact term={ui('topology-ui.fact-kind')}>{ui('topology-ui.kind', { kind: node.kind })}</Fact>
        {node.tier && <Fact term={ui('topology-ui.fact-tier')}>{ui('topology-ui.tier', { tier: node.tier })}</Fact>}
        {node.az && <Fact term="AZ">{node.az}</Fact>}
        {parentLabel && node.kind !== 'subnet-group' && <Fact term={ui('topology-ui.fact-inside')}>{sayTopology(locale, parentLabel)}</Fact>}
        {securityGroups.length > 0 && <Fact term={ui('topology-ui.fact-groups')}>{securityGroups.join(', ')}</Fact>}
        <Fact term={ui('topology-ui.fact-id')}>
          <code className="font-mono text-[11px] text-slate-600">{node.id}</code>
        </Fact>
      </dl>

      <Section title={ui('topology-ui.findings')} count={findings.length}>
        {findings.length === 0 ? (
          <Empty>{ui('topology-ui.no-findings')}</Empty>
        ) : (
          <ul className="space-y-2">
            {findingWords.map(({ f, says }) => (
              <li key={f.id} className="text-xs">
                <div className="flex items-center gap-1.5">
                  <Badge tone={SEVERITY_TONE[f.severity]}>{t(`kpi.${f.severity}`)}</Badge>
                  {f.rule && <span className="font-mono text-[10.5px] text-slate-500">{f.rule}</span>}
                </div>
                <p className="mt-1 text-slate-700">{says.message}</p>
                <p className="mt-0.5 text-slate-500">
                  {ui('topology-ui.fix')} {says.fix}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={ui('topology-ui.inbound')} count={inbound.length}>
        {inbound.length === 0 ? (
          <Empty>{ui('topology-ui.no-inbound')}</Empty>
        ) : (
          <ul className="divide-y divide-slate-100 text-xs">
            {inbound.map((rule) => (
              <li key={rule.edgeId} className="flex items-baseline justify-between gap-2 py-1">
                <span className="min-w-0 text-slate-700">
                  {ui('topology-ui.from')} <span className="font-medium text-slate-900">{sayTopology(locale, rule.from)}</span>
                  {rule.description && <span className="block text-slate-500">{rule.description}</span>}
                </span>
                <span className="shrink-0 text-right">
                  <span className="font-mono font-semibold text-slate-800">{sayTopology(locale, rule.ports)}</span>
                  <span className="block text-[10.5px] text-slate-500">{rule.group}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={ui('topology-ui.single-point-in')} count={singlePointIn.length}>
        {singlePointIn.length === 0 ? (
          <Empty>{ui('topology-ui.no-single-point')}</Empty>
        ) : (
          <ul className="space-y-1 text-xs">
            {singlePointIn.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-2">
                <span className="text-slate-800">{sayRecovery(locale, s.title)}</span>
                <Badge tone={MODE_TONE[s.mode]}>{sayRecovery(locale, modeWord(s.mode))}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}
