import type { ArchitectureConfig, SecurityGroup } from '../model'
import { listPrincipals, type Principal } from './list-principals'
import { placeResources, type PlacedResource } from './place-resources'

/** A node of the reachability graph: someone outside the VPC, or a resource inside it. */
export type ReachNode =
  | { kind: 'principal'; id: string; principal: Principal }
  | { kind: 'resource'; id: string; resource: PlacedResource }

/** Everything reachability questions need, built once per config. */
export type ReachGraph = {
  config: ArchitectureConfig
  principals: Principal[]
  /** Every placed resource, NAT gateways included (placeResources, computed once per graph). */
  placement: PlacedResource[]
  /** Resources that carry security groups (NAT gateways are left out: they accept nothing). */
  resources: PlacedResource[]
  nodes: ReachNode[]
  nodeById: ReadonlyMap<string, ReachNode>
  securityGroups: ReadonlyMap<string, SecurityGroup>
}

/**
 * Collects principals, placed resources and security groups by id.
 * Example (swiftlogix): nodes internet, Office, alb:alb, service:order, service:stock,
 * service:payment, database, bastion.
 */
export function buildReachGraph(config: ArchitectureConfig): ReachGraph {
  const principals = listPrincipals(config)
  const placement = placeResources(config)
  const resources = placement.filter((r) => r.kind !== 'nat')
  const nodes: ReachNode[] = [
    ...principals.map((p) => ({ kind: 'principal' as const, id: p.id, principal: p })),
    ...resources.map((r) => ({ kind: 'resource' as const, id: r.id, resource: r })),
  ]
  return {
    config,
    principals,
    placement,
    resources,
    nodes,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    securityGroups: new Map(config.securityGroups.map((sg) => [sg.id, sg])),
  }
}

/** Finds a node by id; principal names also match case-insensitively ('office' → 'Office'). */
export function findReachNode(graph: ReachGraph, id: string): ReachNode | undefined {
  return graph.nodeById.get(id) ?? graph.nodes.find((n) => n.kind === 'principal' && n.id.toLowerCase() === id.toLowerCase())
}

/** 'ECS-SG' for 'ecs-sg'; the id itself when the group is unknown. */
export function nameOfGroup(graph: ReachGraph, sgId: string): string {
  return graph.securityGroups.get(sgId)?.name ?? sgId
}

/** The placed resource behind a node id, if it is one. */
export function findResource(graph: ReachGraph, id: string): PlacedResource | undefined {
  const node = graph.nodeById.get(id)
  return node?.kind === 'resource' ? node.resource : undefined
}
