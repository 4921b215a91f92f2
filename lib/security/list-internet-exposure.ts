import type { ReachEdge } from './list-reach-edges'
import { INTERNET } from './list-principals'
import { findResource, type ReachGraph } from './reach-graph'

/** A resource the internet reaches in one connection, and the layers it passes. */
export type InternetExposure = { target: string; port: number; path: string[] }

/**
 * The internet's direct edges, each spelled out through the gateway, subnet tier and rule.
 * Example (swiftlogix): { target: 'alb:alb', port: 443,
 * path: ['internet', 'igw', 'subnet:public', 'sg:alb-sg tcp/443', 'alb:alb'] }.
 */
export function listInternetExposure(graph: ReachGraph, edges: readonly ReachEdge[]): InternetExposure[] {
  return edges
    .filter((e) => e.from === INTERNET)
    .map((e) => {
      const tier = findResource(graph, e.to)?.tier ?? 'public'
      return {
        target: e.to,
        port: e.port,
        path: [INTERNET, 'igw', `subnet:${tier}`, `sg:${e.sgId} ${e.protocol}/${e.port}`, e.to],
      }
    })
}
