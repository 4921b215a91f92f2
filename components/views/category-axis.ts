'use client'

import { useState } from 'react'
import { wrapToRoom } from './wrap-label'

/** WrappedTick draws its first line 12 px under the axis and each next one 14 px lower; 4 px for the descenders. */
const FIRST_LINE_PX = 16
const LINE_PX = 14

/**
 * The height a category axis of `names` needs once each name wraps to the room under its
 * category (as WrappedTick wraps it), never less than `minPx`, the height it has on a laptop.
 * `chromePx` is what the chart spends beside the categories (margins and the value axis);
 * `noteLines` are drawn under each name (WrappedTick's note). `onResize` goes to the chart's ResponsiveContainer, which reports the width it was given.
 * Example: three plans on a 330 px phone chart with 80 px of chrome → 83 px each, up to 3 lines: 44 px.
 */
export function useCategoryAxis(
  names: readonly string[],
  { chromePx, maxChars = 16, minPx = 44, noteLines = 0 }: { chromePx: number; maxChars?: number; minPx?: number; noteLines?: number },
) {
  const [widthPx, setWidthPx] = useState<number | null>(null)
  const roomPx = widthPx === null || names.length === 0 ? null : (widthPx - chromePx) / names.length
  const lines = roomPx === null ? 1 : Math.max(1, ...names.map((name) => wrapToRoom(name, roomPx, maxChars).length))
  return { widthPx, heightPx: Math.max(minPx, FIRST_LINE_PX + LINE_PX * (lines + noteLines - 1)), onResize: (width: number) => setWidthPx(width) }
}
