import type { SimpleTopology, TopologyBox, TopologyZone } from './simplify-topology'

const ZONE_FILL: Record<TopologyZone['tone'], string> = { public: 'bg-sky-50 ring-sky-200', app: 'bg-slate-50 ring-slate-200', data: 'bg-emerald-50 ring-emerald-200' }
const BOX_RING: Record<TopologyBox['tone'], string> = {
  outside: 'border-slate-500 text-slate-900',
  plain: 'border-sky-700 text-slate-900',
  safe: 'border-emerald-600 text-emerald-800',
  danger: 'border-rose-600 bg-rose-50 text-rose-800',
}

/** The zone drawn around a box: both are centred on the same x. */
const zoneOf = (topology: SimpleTopology, box: TopologyBox) => topology.zones.find((z) => Math.abs(z.x + z.width / 2 - box.x) < 0.5)

/**
 * The security picture on a phone: the same path top to bottom, in text the width of the screen
 * (the drawing's labels would be 8 px there), the verdict on the database first. Its words are
 * the drawing's (simplify-topology.ts), and it carries the drawing's label for screen readers.
 */
export function SecurityColumn({ topology, label }: { topology: SimpleTopology; label: string }) {
  const arc = topology.databaseArc
  return (
    <div className="flex w-full flex-col gap-1.5" role="img" aria-label={label}>
      <p className={`mb-2 self-start rounded-md px-3 py-1 text-lg font-bold ring-1 ring-inset ${arc.blocked ? 'bg-emerald-50 text-emerald-800 ring-emerald-300' : 'bg-rose-50 text-rose-700 ring-rose-300'}`}>{arc.label}</p>
      {topology.boxes.map((box, i) => {
        const zone = zoneOf(topology, box)
        const edge = i > 0 ? topology.edges[i - 1] : undefined
        return (
          <div key={box.id} className="flex flex-col gap-1.5">
            {i > 0 && (
              <p className="flex items-center gap-2 pl-6 text-sm text-slate-600">
                <span className="text-lg leading-none text-slate-700">↓</span>
                {edge?.label}
              </p>
            )}
            <div className={`flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-xl p-2 ${zone ? `ring-1 ${ZONE_FILL[zone.tone]}` : ''}`}>
              <div className={`min-w-0 rounded-lg border-2 bg-white px-3 py-1.5 ${BOX_RING[box.tone]}`}>
                <p className="text-base font-bold leading-tight">{box.label}</p>
                {box.sub && <p className="text-sm text-slate-600">{box.sub}</p>}
              </div>
              {zone && (
                <p className="text-right text-sm font-semibold text-slate-700">
                  {zone.label}
                  {zone.sub && <span className="block font-normal text-emerald-700">{zone.sub}</span>}
                </p>
              )}
            </div>
          </div>
        )
      })}
    </div>
  )
}
