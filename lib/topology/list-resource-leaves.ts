import { fmt } from '../explain/figure'
import type { ArchitectureConfig, Tier } from '../model'
import { azNames } from '../network'
import { placeResources } from '../security'
import type { TopoNodeKind } from './topology-types'

/** A resource box and the subnet group (tier, AZ index) it is drawn in. */
export type ResourceLeaf = {
  id: string
  kind: TopoNodeKind
  label: string
  sublabel: string
  tier: Tier
  azIndex: number
  /** Security groups the box carries; sg-rule edges attach to it. */
  securityGroups: string[]
  data: Record<string, unknown>
}

/**
 * One box per resource, in the first AZ's subnet group of its tier; a Multi-AZ database adds a
 * standby in the second AZ and per-AZ NAT gateways get one box per AZ.
 * Example (swiftlogix): alb:alb (public, AZ 0, 'internet-facing · HTTP 80→HTTPS, HTTPS 443'),
 * nat and bastion (public, AZ 0), service:order|stock|payment (private-app, AZ 0,
 * '2 tasks · 0.5 vCPU / 1 GB'), database (private-db, AZ 0, 'db.t3.micro · Single-AZ').
 */
export function listResourceLeaves(config: ArchitectureConfig): ResourceLeaf[] {
  const placed = placeResources(config)
  const facts = (id: string) => {
    const p = placed.find((r) => r.id === id)
    return p
      ? { securityGroups: p.securityGroups, data: { subnets: p.subnets.map((s) => s.id), publicIp: p.publicIp, internetAddressable: p.internetAddressable, securityGroups: p.securityGroups } }
      : { securityGroups: [], data: {} }
  }
  const leaves: ResourceLeaf[] = []

  for (const lb of config.loadBalancers) {
    const id = `alb:${lb.id}`
    const listeners = lb.listeners.map((l) => `${l.protocol} ${l.port}${l.redirectToHttps ? '→HTTPS' : ''}`).join(', ')
    const { securityGroups, data } = facts(id)
    leaves.push({
      id,
      kind: 'alb',
      label: lb.name,
      sublabel: `${lb.scheme === 'external' ? 'internet-facing' : 'internal'} · ${listeners}`,
      tier: lb.scheme === 'external' ? 'public' : 'private-app',
      azIndex: 0,
      securityGroups,
      data: { ...data, scheme: lb.scheme, ports: lb.listeners.map((l) => l.port) },
    })
  }

  for (const nat of placed.filter((r) => r.kind === 'nat')) {
    const instance = config.network.nat.mode === 'instance'
    const az = nat.subnets[0]?.az ?? ''
    leaves.push({
      id: nat.id,
      kind: 'nat',
      label: instance ? 'NAT instance' : 'NAT gateway',
      sublabel: instance ? config.network.nat.instanceType : az,
      tier: 'public',
      azIndex: Math.max(0, azNames(config.region, config.network.azCount).indexOf(az)),
      securityGroups: [],
      data: { mode: config.network.nat.mode, subnet: nat.subnets[0]?.id },
    })
  }

  const bastion = config.adminAccess.bastion
  if (bastion) {
    const { securityGroups, data } = facts('bastion')
    leaves.push({ id: 'bastion', kind: 'bastion', label: 'Bastion host', sublabel: `${bastion.instanceType} · public IP`, tier: 'public', azIndex: 0, securityGroups, data })
  }

  for (const service of config.services) {
    const id = `service:${service.id}`
    const compute = service.compute
    const tasks = service.count.desired
    const sublabel =
      compute.kind === 'fargate'
        ? `${tasks} task${tasks === 1 ? '' : 's'} · ${fmt(compute.vcpu)} vCPU / ${fmt(compute.memoryGb)} GB`
        : `${tasks} × ${compute.instanceType}`
    const { securityGroups, data } = facts(id)
    leaves.push({ id, kind: 'service', label: service.name, sublabel, tier: 'private-app', azIndex: 0, securityGroups, data: { ...data, port: service.port } })
  }

  const db = config.database
  const engine = db.engine === 'postgresql' ? 'PostgreSQL' : 'MySQL'
  const replicas = db.readReplicas > 0 ? ` · ${db.readReplicas} read replica${db.readReplicas === 1 ? '' : 's'}` : ''
  const dbFacts = facts('database')
  leaves.push({
    id: 'database',
    kind: 'database',
    label: `RDS ${engine}`,
    sublabel: `${db.instanceClass} · ${db.multiAz ? 'Multi-AZ' : 'Single-AZ'}${replicas}`,
    tier: 'private-db',
    azIndex: 0,
    securityGroups: dbFacts.securityGroups,
    data: { ...dbFacts.data, port: db.port, role: 'primary' },
  })
  if (db.multiAz) {
    // The standby takes no connections, so it carries no security-group edges.
    leaves.push({
      id: 'database:standby',
      kind: 'database',
      label: 'RDS standby',
      sublabel: `${db.instanceClass} · synchronous copy`,
      tier: 'private-db',
      azIndex: Math.min(1, config.network.azCount - 1),
      securityGroups: [],
      data: { role: 'standby' },
    })
  }

  const cache = config.cache
  if (cache) {
    const { securityGroups, data } = facts('cache')
    leaves.push({
      id: 'cache',
      kind: 'cache',
      label: `ElastiCache ${cache.engine === 'redis' ? 'Redis' : 'Valkey'}`,
      sublabel: `${cache.nodeType} × ${cache.nodes}`,
      tier: 'private-db',
      azIndex: 0,
      securityGroups,
      data,
    })
  }
  return leaves
}
