import type { TopoEdge } from './topology-types'

/** Narrows the security-group lines to one port and/or one security group. */
export type EdgeFilter = {
  /** The rule's port text: '5432', '1024-2048', 'all'. */
  port?: string | null
  /** A security group id: its own rules, and the rules that name it as the peer. */
  sgId?: string | null
}

export function isFiltering(filter: EdgeFilter | undefined): boolean {
  return Boolean(filter?.port || filter?.sgId)
}

/**
 * Keeps the sg-rule edges that match every part of the filter; routes and traffic lines say
 * nothing about ports or groups, so they go while a filter is on. No filter keeps everything.
 * Example: { port: '5432' } on swiftlogix keeps the four lines into the database.
 */
export function filterEdges(edges: readonly TopoEdge[], filter: EdgeFilter | undefined): TopoEdge[] {
  if (!isFiltering(filter)) return [...edges]
  return edges.filter((edge) => {
    if (edge.kind !== 'sg-rule') return false
    if (filter?.port && edge.port !== filter.port) return false
    if (filter?.sgId && edge.sgId !== filter.sgId && peerGroupOf(edge) !== filter.sgId) return false
    return true
  })
}

function peerGroupOf(edge: TopoEdge): string | null {
  const peer = edge.data.peer as { kind?: string; sgId?: string } | undefined
  return peer?.kind === 'sg' && typeof peer.sgId === 'string' ? peer.sgId : null
}
