import { sayTopology } from '@/lib/i18n/catalog/say-topology'
import type { TopoNode } from '@/lib/topology'
import { GROUP_HEADER, LABEL_FONT_PX } from '@/lib/topology/layout'
import type { Rect } from '../absolute-rects'

/**
 * A frame's title row as topology-nodes draws it (GroupNode): GROUP_HEADER high, 12 px inset
 * (px-3), a 16 px glyph, the name at LABEL_FONT_PX, the CIDR in 12 px mono, and on the right a
 * 20 px collapse button. Lines keep off the words and the button; the rest of the row is empty
 * frame they may cross.
 */
export const TITLE_ROW_HEIGHT = GROUP_HEADER
const INSET = 12
const GLYPH_AND_GAPS = 16 + 6 + 6
const BUTTON = { right: 32, width: 28 }
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

/** The title's words and the collapse button of a frame at `frame`, in whichever language is wider. */
export function frameTitleRects(node: TopoNode, frame: Rect): Rect[] {
  const words = (['en', 'ko'] as const).map((locale) => {
    const name = textWidth(sayTopology(locale, node.label), LATIN_PX) + (PREFIX_CHARS[node.kind] ?? 0) * LATIN_PX
    const cidr = node.sublabel ? textWidth(sayTopology(locale, node.sublabel), MONO_PX) + 6 : 0
    return INSET + GLYPH_AND_GAPS + name + cidr
  })
  const title = { x: frame.x, y: frame.y, width: Math.min(frame.width, Math.max(...words)), height: TITLE_ROW_HEIGHT }
  if (!COLLAPSIBLE.has(node.kind)) return [title]
  return [title, { x: frame.x + frame.width - BUTTON.right - 4, y: frame.y, width: BUTTON.width, height: TITLE_ROW_HEIGHT }]
}
