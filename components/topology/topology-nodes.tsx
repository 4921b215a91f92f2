'use client'

import type { NodeProps } from '@xyflow/react'
import { memo } from 'react'
import type { TopoFlowNode, TopoFlowNodeData } from './flow-types'
import { NodeGlyph } from './node-glyph'
import { emphasisClass, GLYPH_TILE, GROUP_FRAME, GROUP_TITLE, groupEmphasisClass } from './node-styles'
import { useTopologyActions } from './topology-actions'
import { sayTopology } from '@/lib/i18n/catalog/say-topology'
import { LABEL_FONT_PX } from '@/lib/topology'
import type { Locale } from '@/lib/i18n/locale'
import { useTopologyUi, type SayUi } from './topology-ui'

/** A box's name: LABEL_FONT_PX, which the default fit keeps at 12 px or more on screen. */
const NAME_TYPE = { fontSize: LABEL_FONT_PX, lineHeight: `${LABEL_FONT_PX + 3}px` } as const

/** Drawn when React Flow's wrapper (a Tailwind `group`) has keyboard focus. */
const FOCUS_RING = 'group-focus-visible:outline-[3px] group-focus-visible:outline-offset-4 group-focus-visible:outline-sky-600'

function SinglePointTag() {
  const { ui } = useTopologyUi()
  return (
    <span className="pointer-events-none absolute -bottom-2.5 right-1.5 z-10 whitespace-nowrap rounded-full bg-red-600 px-1.5 py-px text-[9.5px] font-semibold leading-[14px] text-white shadow-sm">
      {ui('topology-ui.single-point-tag')}
    </span>
  )
}

function SinglePointRing({ rounded }: { rounded: string }) {
  return <span aria-hidden="true" className={`pointer-events-none absolute -inset-[5px] border-2 border-dashed border-red-500 ${rounded}`} />
}

/** 'internet :80 :443' above a box the internet opens directly. */
function InternetTag({ ports }: { ports: number[] }) {
  const { ui } = useTopologyUi()
  return (
    <span className="pointer-events-none absolute -top-2.5 left-2 z-10 whitespace-nowrap rounded-full bg-amber-500 px-1.5 py-px text-[10px] font-semibold leading-[14px] text-white shadow-sm">
      {ui('topology-ui.internet-tag')} {ports.map((p) => `:${p}`).join(' ')}
    </span>
  )
}

function StepBadge({ step }: { step: number }) {
  const { ui } = useTopologyUi()
  return (
    <span
      aria-label={ui('topology-ui.path-step', { step })}
      className="pointer-events-none absolute -left-2.5 -top-2.5 z-10 flex h-5 w-5 items-center justify-center rounded-full bg-rose-600 text-[11px] font-bold text-white shadow ring-2 ring-white"
    >
      {step}
    </span>
  )
}

/** A search hit: a thick ring on the hit the view centred on, a thin one on the others. */
function MatchRing({ match }: { match: TopoFlowNodeData['match'] }) {
  if (!match) return null
  const ring = match === 'current' ? 'ring-[3px] ring-fuchsia-600 shadow-[0_0_0_6px_rgba(192,38,211,0.18)]' : 'ring-2 ring-fuchsia-400'
  return <span aria-hidden="true" data-search-match={match} className={`pointer-events-none absolute -inset-[3px] rounded-[10px] ${ring}`} />
}

/** What a collapse button calls a group: 'Private app subnet, AZ a', 'AZ us-east-1b', 'VPC'. */
function groupName(topo: TopoFlowNodeData['topo'], ui: SayUi, locale: Locale): string {
  if (topo.kind === 'subnet-group') return ui('topology-ui.subnet-group', { tier: topo.tier ?? 'public', azLetter: (topo.az ?? '').slice(-1) })
  if (topo.kind === 'az') return `AZ ${sayTopology(locale, topo.label)}`
  return sayTopology(locale, topo.label)
}

const COLLAPSIBLE = new Set(['vpc', 'az', 'subnet-group'])

/** A frame in the AZ the AZ-outage overlay takes down: shaded red, whatever its tier. */
const FAILED_FRAME = 'border-2 border-dashed border-red-400 bg-red-100/50'

/** The − on an open group's header and the + on a collapsed group's summary box. */
function CollapseButton({ id, topo, collapsed }: { id: string; topo: TopoFlowNodeData['topo']; collapsed: boolean }) {
  const { toggleGroup } = useTopologyActions()
  const { ui, locale } = useTopologyUi()
  const name = groupName(topo, ui, locale)
  return (
    <button
      type="button"
      data-testid={`topology-collapse-${id}`}
      aria-label={collapsed ? ui('topology-ui.expand', { name }) : ui('topology-ui.collapse', { name })}
      aria-expanded={!collapsed}
      title={collapsed ? ui('topology-ui.expand', { name }) : ui('topology-ui.collapse', { name })}
      className={`nodrag nopan pointer-events-auto flex h-5 w-5 shrink-0 items-center justify-center rounded border border-current/30 bg-white/80 text-[13px] font-bold leading-none hover:bg-white focus-visible:outline-2 focus-visible:outline-sky-600`}
      onClick={(event) => {
        event.stopPropagation()
        toggleGroup(id)
      }}
    >
      <span aria-hidden="true">{collapsed ? '+' : '−'}</span>
    </button>
  )
}

/** Marks on a node's wrapper: the AZ it is drawn in and whether the AZ-outage overlay takes it down. */
function azAttributes(data: TopoFlowNodeData) {
  return { ...(data.topo.az ? { 'data-az': data.topo.az } : {}), ...(data.failed ? { 'data-failed': 'true' } : {}) }
}

/** A resource (or an edge service, or an outside address range): icon, name and size. */
function ResourceNodeComponent({ id, data, selected }: NodeProps<TopoFlowNode>) {
  const { topo, emphasis, tone, pathStep, internetPorts, singlePointOfFailure, match, failed } = data
  const outside = topo.kind === 'external'
  const card = outside
    ? 'border-slate-700 bg-slate-800 text-white shadow-md'
    : failed
      ? 'border-red-300 bg-red-50 text-slate-900 shadow-sm'
      : 'border-slate-200 bg-white text-slate-900 shadow-sm'
  const sublabelColour = outside ? 'text-slate-300' : failed ? 'text-red-900/80' : 'text-slate-600'
  const { locale } = useTopologyUi()
  const label = sayTopology(locale, topo.label)
  const sublabel = topo.sublabel && sayTopology(locale, topo.sublabel)
  return (
    <div data-testid={`topo-node-${id}`} {...azAttributes(data)} title={[label, sublabel].filter(Boolean).join('\n')} className="relative h-full w-full cursor-pointer">
      {/* The card fades under a lens; the failure ring and tags beside it stay at full strength. */}
      <div
        className={`flex h-full w-full items-center gap-2 rounded-lg border px-2.5 transition-[opacity,box-shadow] duration-200 hover:border-sky-400 ${FOCUS_RING} ${card} ${emphasisClass(emphasis, tone, selected)}`}
      >
        <span className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-md ${GLYPH_TILE[topo.kind]}`}>
          <NodeGlyph kind={topo.kind} isInternet={id === 'internet'} />
        </span>
        {/* Names and details wrap (up to two lines each in a box) rather than being cut. */}
        <span className="min-w-0 flex-1">
          <span data-box-name="" className="block break-words font-semibold" style={NAME_TYPE}>
            {label}
          </span>
          {sublabel && <span className={`mt-0.5 block break-words text-[12px] leading-[14px] ${sublabelColour}`}>{sublabel}</span>}
        </span>
      </div>
      <MatchRing match={match} />
      {singlePointOfFailure && <SinglePointRing rounded="rounded-xl" />}
      {singlePointOfFailure && <SinglePointTag />}
      {internetPorts.length > 0 && <InternetTag ports={internetPorts} />}
      {pathStep !== null && <StepBadge step={pathStep} />}
    </div>
  )
}

/** Words before a group's name: 'Region us-east-1', 'AZ us-east-1a'. */
function groupPrefix(kind: TopoFlowNode['data']['topo']['kind'], ui: SayUi): string | undefined {
  return kind === 'region' ? ui('topology-ui.region') : kind === 'az' ? 'AZ' : undefined
}

/** A region, VPC, availability zone or subnet group: a labelled translucent frame. */
function GroupNodeComponent({ id, data, selected }: NodeProps<TopoFlowNode>) {
  const { topo, emphasis, tone, singlePointOfFailure, failed } = data
  const frame = topo.kind === 'subnet-group' ? (topo.tier ?? 'public') : topo.kind === 'region' || topo.kind === 'vpc' || topo.kind === 'az' ? topo.kind : 'az'
  const { ui, locale } = useTopologyUi()
  const prefix = groupPrefix(topo.kind, ui)
  return (
    <div
      data-testid={`topo-node-${id}`}
      {...azAttributes(data)}
      className={`relative h-full w-full rounded-xl transition-shadow duration-200 ${FOCUS_RING} ${failed ? FAILED_FRAME : GROUP_FRAME[frame]} ${groupEmphasisClass(emphasis, tone, selected)}`}
    >
      {/* The − comes first: a wide group opened at a readable zoom runs past the canvas's right edge. */}
      <div className={`flex h-[30px] items-center gap-1.5 px-3 ${GROUP_TITLE[frame]}`}>
        {COLLAPSIBLE.has(topo.kind) && <CollapseButton id={id} topo={topo} collapsed={false} />}
        <NodeGlyph kind={topo.kind} className="h-4 w-4 shrink-0 opacity-80" />
        <span className="whitespace-nowrap font-semibold" style={NAME_TYPE}>
          {prefix && <span className="mr-1 font-medium opacity-70">{prefix}</span>}
          {sayTopology(locale, topo.label)}
        </span>
        {topo.sublabel && <span className="whitespace-nowrap font-mono text-[12px] opacity-75">{sayTopology(locale, topo.sublabel)}</span>}
        {failed && topo.kind === 'az' && <span className="whitespace-nowrap rounded-full bg-red-600 px-2 text-[12px] font-semibold leading-5 text-white">{ui('topology-ui.az-down')}</span>}
      </div>
      {singlePointOfFailure && <SinglePointRing rounded="rounded-2xl" />}
      {singlePointOfFailure && <SinglePointTag />}
    </div>
  )
}

/**
 * A collapsed VPC, AZ or subnet group: one box in the group's colours saying what it holds
 * ('Private app · AZ a', '50 services'); its lines end here. + opens it again.
 */
function SummaryNodeComponent({ id, data, selected }: NodeProps<TopoFlowNode>) {
  const { topo, emphasis, tone, pathStep, internetPorts, singlePointOfFailure, match, failed } = data
  const frame = topo.kind === 'subnet-group' ? (topo.tier ?? 'public') : topo.kind === 'vpc' ? 'vpc' : 'az'
  const { ui, locale } = useTopologyUi()
  const prefix = groupPrefix(topo.kind, ui)
  const label = sayTopology(locale, topo.label)
  const sublabel = topo.sublabel && sayTopology(locale, topo.sublabel)
  const title = `${prefix ? `${prefix} ` : ''}${label} — ${sublabel ?? ''}`
  return (
    <div data-testid={`topo-node-${id}`} {...azAttributes(data)} title={ui('topology-ui.collapsed-title', { title })} className="relative h-full w-full cursor-pointer">
      <div
        className={`flex h-full w-full items-center gap-2.5 rounded-xl border-2 px-3 shadow-sm transition-[opacity,box-shadow] duration-200 ${FOCUS_RING} ${failed ? FAILED_FRAME : GROUP_FRAME[frame]} ${GROUP_TITLE[frame]} ${emphasisClass(emphasis, tone, selected)}`}
      >
        <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-md bg-white/80">
          <NodeGlyph kind={topo.kind} className="h-5 w-5" />
        </span>
        <span className="min-w-0 flex-1">
          <span data-box-name="" className="block break-words font-semibold" style={NAME_TYPE}>
            {prefix && <span className="mr-1 font-medium opacity-70">{prefix}</span>}
            {label}
          </span>
          <span className="block break-words text-[12px] font-medium leading-4 text-slate-700">{sublabel}</span>
        </span>
        <CollapseButton id={id} topo={topo} collapsed />
      </div>
      <MatchRing match={match} />
      {singlePointOfFailure && <SinglePointRing rounded="rounded-2xl" />}
      {singlePointOfFailure && <SinglePointTag />}
      {internetPorts.length > 0 && <InternetTag ports={internetPorts} />}
      {pathStep !== null && <StepBadge step={pathStep} />}
    </div>
  )
}

export const ResourceNode = memo(ResourceNodeComponent)
export const GroupNode = memo(GroupNodeComponent)
export const SummaryNode = memo(SummaryNodeComponent)
