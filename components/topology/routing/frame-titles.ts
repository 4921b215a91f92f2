import { sayTopology } from '@/lib/i18n/catalog/say-topology'
import type { TopoNode } from '@/lib/topology'
import { GROUP_HEADER, LABEL_FONT_PX } from '@/lib/topology/layout'
import type { Rect } from '../absolute-rects'

/**
 * A frame's title row as topology-nodes draws it (GroupNode): GROUP_HEADER high, 12 px inset
 * (px-3), the 20 px collapse button of a VPC, AZ or subnet, a 16 px glyph, the name at
 * LABEL_FONT_PX and the CIDR in 12 px mono, 6 px apart. Lines keep off these; the rest of the
 * row is empty frame they may cross.
 */
export const TITLE_ROW_HEIGHT = GROUP_HEADER
const INSET = 12
const GAP = 6
const BUTTON = 20
const GLYPH = 16
/** Average widths per character: Latin at the name's size, Hangul a full em, digits in 12 px mono. */
const LATIN_PX = LABEL_FONT_PX * 0.6
const HANGUL_PX = LABEL_FONT_PX * 1.05
const MONO_PX = 7.3
const COLLAPSIBLE = new Set<TopoNode['kind']>(['vpc', 'az', 'subnet-group'])
/** Words the frame component puts before the name ('Region us-east-1', 'AZ us-east-1a'), in the longer language. */
const PREFIX_CHARS: Partial<Record<TopoNode['kind'], number>> = { region: 7, az: 3 }

function textWidth(text: string, latinPx: number): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(ch) ? HANGUL_PX : latinPx
  return width
}

/**
 * What a frame's title row holds, in whichever language is wider.
 * Example: a private app subnet 'Private app subnet 10.0.4.0/24' → about 314 px from its left.
 */
export function frameTitleRect(node: TopoNode, frame: Rect): Rect {
  const lead = INSET + (COLLAPSIBLE.has(node.kind) ? BUTTON + GAP : 0) + GLYPH + GAP
  const words = (['en', 'ko'] as const).map((locale) => {
    const name = textWidth(sayTopology(locale, node.label), LATIN_PX) + (PREFIX_CHARS[node.kind] ?? 0) * LATIN_PX
    const cidr = node.sublabel ? GAP + textWidth(sayTopology(locale, node.sublabel), MONO_PX) : 0
    return name + cidr
  })
  return { x: frame.x, y: frame.y, width: Math.min(frame.width, lead + Math.max(...words) + GAP), height: TITLE_ROW_HEIGHT }
}
