'use client'

import type { CSSProperties } from 'react'
import type { EdgePill, Emphasis, GlowTone } from './flow-types'

/** Pills sit above every box (boxes are z 10) so a label is never hidden. */
const LABEL_Z = 20

/** Where the pill hangs relative to its anchor: straddling a top or bottom border, beside a side. */
const ANCHOR_SHIFT: Record<EdgePill['anchor'], string> = {
  top: 'translate(-50%, -50%)',
  bottom: 'translate(-50%, -50%)',
  left: 'translate(calc(-100% - 6px), -50%)',
  right: 'translate(6px, -50%)',
  centre: 'translate(-50%, -50%)',
}

function pillTransform(pill: EdgePill): string {
  return `translate(${pill.x}px, ${pill.y}px) ${ANCHOR_SHIFT[pill.anchor]}`
}

const PILL_BASE: Record<EdgePill['kind'], string> = {
  'sg-rule': 'max-w-[240px] rounded-md border bg-white px-1.5 py-px font-mono text-[10.5px] font-semibold leading-[14px] text-slate-700 shadow-sm',
  route: 'rounded bg-white/90 px-1 font-mono text-[9.5px] leading-[13px] text-slate-500',
  traffic: 'rounded border border-sky-200 bg-white/95 px-1 text-[10px] italic leading-[13px] text-sky-700',
}

const LIT_BORDER: Record<GlowTone, string> = {
  amber: 'border-amber-400 shadow-[0_0_10px_rgba(245,158,11,0.5)]',
  rose: 'border-rose-400 shadow-[0_0_10px_rgba(244,63,94,0.5)]',
}

const LIT_ITEM: Record<GlowTone, string> = {
  amber: 'rounded-sm bg-amber-100 px-0.5 text-amber-900',
  rose: 'rounded-sm bg-rose-100 px-0.5 text-rose-900',
}

function pillClass(pill: EdgePill, tone: GlowTone | null): string {
  const lit = tone && (pill.emphasis === 'strong' || pill.emphasis === 'soft')
  const border = pill.kind === 'sg-rule' ? (lit ? LIT_BORDER[tone] : 'border-slate-300') : ''
  const fade = pill.emphasis === 'dim' ? 'opacity-30' : ''
  return `${PILL_BASE[pill.kind]} ${border} ${fade}`
}

function itemClass(emphasis: Emphasis, tone: GlowTone | null, visible: boolean): string {
  if (!visible) return 'sr-only'
  return tone && emphasis === 'strong' ? LIT_ITEM[tone] : ''
}

/** The ports a box admits (or a traffic line's word); each edge's own text carries its test id. */
export function Pill({ pill }: { pill: EdgePill }) {
  const { tone } = pill
  return (
    <div
      title={pill.title}
      className={`nodrag nopan pointer-events-auto absolute left-0 top-0 flex flex-wrap justify-center gap-x-1 whitespace-nowrap ${pillClass(pill, tone)}`}
      style={{ transform: pillTransform(pill), zIndex: LABEL_Z }}
    >
      {pill.summary && (
        <span aria-hidden="true" className={itemClass(pill.emphasis, tone, true)}>
          {pill.summary}
        </span>
      )}
      {pill.items.map((item) => (
        <span key={item.edgeId} data-testid={`topo-edge-label-${item.edgeId}`} className={itemClass(item.emphasis, tone, item.visible)}>
          {item.visible && item.hiddenPrefix && <span className="sr-only">{item.hiddenPrefix}</span>}
          {item.visible ? item.shown : item.text}
        </span>
      ))}
    </div>
  )
}

/** A merged line is drawn thicker the more rules it stands for: +1 px at 2, +3 px from 8. */
export function weighted(style: CSSProperties, count: number): CSSProperties {
  if (count <= 1) return style
  return { ...style, strokeWidth: Number(style.strokeWidth ?? 1.5) + Math.min(3, Math.log2(count)) }
}
