import { sayTopology } from '@/lib/i18n/catalog/say-topology'
import type { Locale } from '@/lib/i18n/locale'
import type { Topology } from '@/lib/topology'

/** Frames everybody has; a search for 'a' should not light the whole region. */
const NOT_SEARCHED = new Set(['region'])

/**
 * Boxes whose name, size line (as the reader sees them) or id contains the query, ignoring case, in drawing order
 * (resources before the frames that hold them would be nicer, but drawing order is stable).
 * Example (large design): 'service 17' → ['service:svc-17']; 'svc-1' → svc-1, svc-10 … svc-19.
 */
export function searchTopology(topology: Topology, query: string, locale: Locale = 'en'): string[] {
  const needle = query.trim().toLowerCase()
  if (!needle) return []
  const words = needle.split(/\s+/)
  return topology.nodes
    // A service's boxes in its other AZs are found through the first one.
    .filter((node) => !NOT_SEARCHED.has(node.kind) && node.data.replicaOf === undefined)
    .filter((node) => {
      const haystack = `${sayTopology(locale, node.label)} ${node.id} ${node.sublabel ? sayTopology(locale, node.sublabel) : ''}`.toLowerCase()
      return words.every((w) => haystack.includes(w))
    })
    .sort((a, b) => rank(a, needle, locale) - rank(b, needle, locale))
    .map((node) => node.id)
}

/** An exact name first ('Service 1' before 'Service 10'), then resources before frames. */
function rank(node: Topology['nodes'][number], needle: string, locale: Locale): number {
  if (sayTopology(locale, node.label).toLowerCase() === needle || node.id.toLowerCase() === needle) return 0
  return node.size ? 2 : 1
}

/** The collapsed groups around a box, outermost first, so they can be opened to show it. */
export function collapsedAround(full: Topology, collapsed: ReadonlySet<string>, id: string): string[] {
  const parents = new Map(full.nodes.map((n) => [n.id, n.parentId]))
  const around: string[] = []
  for (let at = parents.get(id); at; at = parents.get(at)) if (collapsed.has(at)) around.unshift(at)
  return around
}
