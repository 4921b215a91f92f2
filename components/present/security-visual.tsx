import type { Evaluation } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n/locale'
import type { Scenario } from '@/lib/model'
import { presentSay } from './present-say'
import { SecurityColumn } from './security-column'
import { simplifyTopology, VIEW, type TopologyBox, type TopologyZone } from './simplify-topology'

const ZONE_FILL: Record<TopologyZone['tone'], string> = { public: '#f0f9ff', app: '#f8fafc', data: '#ecfdf5' }
const ZONE_STROKE: Record<TopologyZone['tone'], string> = { public: '#bae6fd', app: '#e2e8f0', data: '#a7f3d0' }
const BOX_STYLE: Record<TopologyBox['tone'], { fill: string; stroke: string; text: string }> = {
  outside: { fill: '#ffffff', stroke: '#64748b', text: '#0f172a' },
  plain: { fill: '#ffffff', stroke: '#0369a1', text: '#0f172a' },
  safe: { fill: '#ffffff', stroke: '#059669', text: '#065f46' },
  danger: { fill: '#fff1f2', stroke: '#e11d48', text: '#9f1239' },
}

/** Control points of the internet → database arc; its apex sits at 0.25 × box top + 0.75 × this. */
const ARC_CONTROL_Y = 40
const { boxHeight, rowY, width, height, zoneTop } = VIEW

/** Internet → Load balancer → App → Database as plain boxes, with the database's exposure marked. */
export function SecurityVisual({ scenario, evaluation, locale }: { scenario: Scenario; evaluation: Evaluation; locale: Locale }) {
  const say = presentSay(locale)
  const topology = simplifyTopology(scenario, evaluation, say)
  const arc = topology.databaseArc
  const { boxWidth, labelSize, subSize } = topology
  const arcTopY = rowY - boxHeight / 2
  const arcMidX = (arc.fromX + arc.toX) / 2
  const arcApexY = 0.25 * arcTopY + 0.75 * ARC_CONTROL_Y
  const arcColour = arc.blocked ? '#059669' : '#e11d48'
  const picture = say('present.security.picture', { path: topology.boxes.map((b) => b.label), verdict: arc.label })
  return (
    <figure className="present-visual w-full">
      {/* Under a 28 rem stage (a phone) the path reads top to bottom instead; paper always has the drawing. */}
      <div className="hidden @max-md:flex print:hidden">
        <SecurityColumn topology={topology} label={picture} />
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full @max-md:hidden print:block" role="img" aria-label={picture}>
        <defs>
          <marker id="present-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" fill="#334155" />
          </marker>
          <marker id="present-arrow-danger" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" fill="#e11d48" />
          </marker>
        </defs>
        {topology.zones.map((z) => (
          <g key={z.tone}>
            <rect x={z.x} y={zoneTop} width={z.width} height={height - zoneTop - 2} rx={12} fill={ZONE_FILL[z.tone]} stroke={ZONE_STROKE[z.tone]} strokeWidth={1.5} />
            <text x={z.x + z.width / 2} y={height - 40} textAnchor="middle" fontSize={17} fontWeight={600} fill="#334155">
              {z.label}
            </text>
            {z.sub && (
              <text x={z.x + z.width / 2} y={height - 18} textAnchor="middle" fontSize={14} fill="#047857">
                {z.sub}
              </text>
            )}
          </g>
        ))}
        <path
          d={`M ${arc.fromX} ${arcTopY} C ${arc.fromX} ${ARC_CONTROL_Y}, ${arc.toX} ${ARC_CONTROL_Y}, ${arc.toX} ${arcTopY - 4}`}
          fill="none"
          stroke={arcColour}
          strokeWidth={2.5}
          strokeDasharray={arc.blocked ? '7 6' : undefined}
          markerEnd={arc.blocked ? undefined : 'url(#present-arrow-danger)'}
        />
        {arc.blocked && (
          <g transform={`translate(${arcMidX} ${arcApexY})`}>
            <circle r={17} fill="#ffffff" stroke={arcColour} strokeWidth={2.5} />
            <path d="M -7 -7 L 7 7 M 7 -7 L -7 7" stroke="#e11d48" strokeWidth={3.5} strokeLinecap="round" />
          </g>
        )}
        <text x={arcMidX} y={arcApexY - 28} textAnchor="middle" fontSize={19} fontWeight={700} fill={arc.blocked ? '#047857' : '#be123c'}>
          {arc.label}
        </text>
        {topology.edges.map((e) => (
          <g key={`${e.fromX}-${e.toX}`}>
            <line x1={e.fromX} y1={rowY} x2={e.toX - 2} y2={rowY} stroke="#334155" strokeWidth={2.5} markerEnd="url(#present-arrow)" />
            {e.label && (
              <text x={(e.fromX + e.toX) / 2} y={rowY + boxHeight / 2 + 24} textAnchor="middle" fontSize={14} fill="#475569">
                {e.label}
              </text>
            )}
          </g>
        ))}
        {topology.boxes.map((b) => {
          const style = BOX_STYLE[b.tone]
          return (
            <g key={b.id}>
              <rect x={b.x - boxWidth / 2} y={rowY - boxHeight / 2} width={boxWidth} height={boxHeight} rx={10} fill={style.fill} stroke={style.stroke} strokeWidth={2.5} />
              <text x={b.x} y={b.sub ? rowY - 5 : rowY + 6} textAnchor="middle" fontSize={labelSize} fontWeight={700} fill={style.text}>
                {b.label}
              </text>
              {b.sub && (
                <text x={b.x} y={rowY + 18} textAnchor="middle" fontSize={subSize} fill="#475569">
                  {b.sub}
                </text>
              )}
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
