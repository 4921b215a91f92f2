import type { XAxisTickContentProps } from 'recharts'
import { LABEL_FONT_PX, SERIES } from './chart-theme'
import { wrapLabel, wrapToRoom } from './wrap-label'

const LINE_PX = 14

/**
 * A category tick whose name wraps onto several lines instead of being cut, with an optional grey
 * line below. A line holds at most `maxChars`, fewer when the room under the category (the axis'
 * width shared by its ticks) is narrower, so neighbouring names never run into each other.
 */
export function WrappedTick({
  x,
  y,
  payload,
  width,
  visibleTicksCount,
  maxChars = 18,
  note,
  color = SERIES.text,
  bold = false,
}: Pick<XAxisTickContentProps, 'x' | 'y' | 'payload'> & Partial<Pick<XAxisTickContentProps, 'width' | 'visibleTicksCount'>> & { maxChars?: number; note?: string; color?: string; bold?: boolean }) {
  const cx = Number(x)
  const text = String(payload.value)
  const roomPx = width !== undefined && visibleTicksCount ? Number(width) / visibleTicksCount : null
  const lines = roomPx === null || Number.isNaN(roomPx) ? wrapLabel(text, maxChars) : wrapToRoom(text, roomPx, maxChars)
  return (
    <text x={cx} y={Number(y) + 12} textAnchor="middle" fontSize={LABEL_FONT_PX}>
      {lines.map((line, i) => (
        <tspan key={i} x={cx} dy={i === 0 ? 0 : LINE_PX} fill={color} fontWeight={bold ? 600 : 400}>
          {line}
        </tspan>
      ))}
      {note && (
        <tspan x={cx} dy={LINE_PX} fill={SERIES.axis}>
          {note}
        </tspan>
      )}
    </text>
  )
}
