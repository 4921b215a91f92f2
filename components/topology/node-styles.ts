import type { Tier } from '@/lib/model'
import type { TopoNodeKind } from '@/lib/topology'
import type { Emphasis, GlowTone } from './flow-types'

/** Icon tile per kind, loosely after the AWS architecture icon colours. */
export const GLYPH_TILE: Record<TopoNodeKind, string> = {
  region: 'text-slate-500',
  vpc: 'text-indigo-500',
  az: 'text-slate-500',
  'subnet-group': 'text-slate-500',
  external: 'bg-white/15 text-white',
  igw: 'bg-indigo-100 text-indigo-700',
  nat: 'bg-teal-100 text-teal-700',
  alb: 'bg-violet-100 text-violet-700',
  service: 'bg-orange-100 text-orange-700',
  database: 'bg-blue-100 text-blue-700',
  cache: 'bg-red-100 text-red-700',
  bastion: 'bg-slate-200 text-slate-700',
  endpoint: 'bg-indigo-100 text-indigo-700',
  cloudfront: 'bg-purple-100 text-purple-700',
  waf: 'bg-rose-100 text-rose-700',
  route53: 'bg-violet-100 text-violet-700',
}

/** MiniMap fills, matching the tiles above. */
export const MINIMAP_FILL: Record<TopoNodeKind, string> = {
  region: 'rgba(241, 245, 249, 0.6)',
  vpc: 'rgba(238, 242, 255, 0.6)',
  az: 'rgba(248, 250, 252, 0.6)',
  'subnet-group': 'rgba(226, 232, 240, 0.7)',
  external: '#334155',
  igw: '#818cf8',
  nat: '#2dd4bf',
  alb: '#a78bfa',
  service: '#fb923c',
  database: '#60a5fa',
  cache: '#f87171',
  bastion: '#94a3b8',
  endpoint: '#818cf8',
  cloudfront: '#c084fc',
  waf: '#fb7185',
  route53: '#a78bfa',
}

/** Subnet groups tinted by tier; the outer groups stay neutral so the tiers read first. */
export const GROUP_FRAME: Record<'region' | 'vpc' | 'az' | Tier, string> = {
  region: 'border-2 border-dashed border-slate-300 bg-white/40',
  vpc: 'border-2 border-indigo-300 bg-indigo-50/30',
  az: 'border border-dashed border-slate-400/70 bg-slate-50/60',
  public: 'border border-sky-300 bg-sky-50/90',
  'private-app': 'border border-violet-300 bg-violet-50/90',
  'private-db': 'border border-emerald-300 bg-emerald-50/90',
}

export const GROUP_TITLE: Record<'region' | 'vpc' | 'az' | Tier, string> = {
  region: 'text-slate-600',
  vpc: 'text-indigo-700',
  az: 'text-slate-600',
  public: 'text-sky-800',
  'private-app': 'text-violet-800',
  'private-db': 'text-emerald-800',
}

const GLOW: Record<GlowTone, Record<'strong' | 'soft', string>> = {
  amber: {
    strong: 'ring-2 ring-amber-400 shadow-[0_0_0_4px_rgba(251,191,36,0.30),0_0_22px_rgba(245,158,11,0.55)]',
    soft: 'ring-2 ring-amber-300/80 shadow-[0_0_12px_rgba(245,158,11,0.30)]',
  },
  rose: {
    strong: 'ring-2 ring-rose-500 shadow-[0_0_0_4px_rgba(251,113,133,0.30),0_0_22px_rgba(244,63,94,0.55)]',
    soft: 'ring-2 ring-rose-300/80 shadow-[0_0_12px_rgba(244,63,94,0.30)]',
  },
}

/** Ring and fade for a box under a lens; selection shows as a sky ring when no lens lights it. */
export function emphasisClass(emphasis: Emphasis, tone: GlowTone | null, selected: boolean): string {
  if (tone && (emphasis === 'strong' || emphasis === 'soft')) return GLOW[tone][emphasis]
  const fade = emphasis === 'dim' ? 'opacity-35 saturate-50' : ''
  return `${fade} ${selected ? 'ring-2 ring-sky-500 ring-offset-2' : ''}`
}

/** Group frames light up on their border only, so the boxes inside stay readable. */
export function groupEmphasisClass(emphasis: Emphasis, tone: GlowTone | null, selected: boolean): string {
  if (tone === 'amber' && emphasis !== 'none' && emphasis !== 'dim') return 'ring-2 ring-amber-400 shadow-[0_0_18px_rgba(245,158,11,0.35)]'
  if (tone === 'rose' && emphasis !== 'none' && emphasis !== 'dim') return 'ring-2 ring-rose-400'
  return selected ? 'ring-2 ring-sky-500' : ''
}
