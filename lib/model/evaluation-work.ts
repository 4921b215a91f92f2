import type { z } from 'zod'
import { modelIssue } from './issue-params'

/**
 * A cheap, deterministic upper bound on the work one evaluation of a config does, counted before
 * anything is evaluated. Single numbers are bounded by the schema; what they cannot bound is how
 * they multiply: every node of the reachability graph is tried against every port of every target
 * (lib/security/list-reach-edges.ts), and the topology draws one line per rule, source and target
 * (lib/topology/edges.ts). Both grow with products of services, load balancers, shared
 * security groups and rules, so those products are counted here and capped. Computing this costs
 * O(resources × groups + rules), far less than the evaluation it guards.
 *
 * Example (swiftlogix: 10 nodes × 14 target ports): { reachChecks: 140, ruleTests: 388, ruleLines: 35 }.
 */
export type EvaluationWork = {
  /** Source × (target, port) pairs the reachability engine tries: nodes × ports targets answer on. */
  reachChecks: number
  /**
   * Rule tests behind those pairs: each pair walks the target's ingress rules, and a source whose
   * groups list their egress walks those rules against each of the target's subnets.
   */
  ruleTests: number
  /** Security-group lines the topology draws: per rule, sources × holders of the group. */
  ruleLines: number
}

/**
 * The caps, set with room above the largest design the benchmarks use (200 services and 101 load
 * balancers: 276k checks, 1.6M rule tests, 1.5k lines) and low enough that a design at every cap
 * still evaluates in tens of milliseconds (bench/extremes.ts measures it).
 */
export const EVALUATION_WORK_LIMITS: EvaluationWork = {
  reachChecks: 320_000,
  ruleTests: 2_000_000,
  ruleLines: 20_000,
}

/**
 * What the estimate reads of a design: the parts of an ArchitectureConfig that multiply. Declared
 * here, not imported from architecture.ts, because that schema runs this check: the model's
 * types flow one way (architecture.ts → evaluation-work.ts), and tsc still checks that every
 * ArchitectureConfig fits (architecture.ts passes one).
 */
export type DesignWorkParts = {
  network: { azCount: number }
  securityGroups: readonly WorkGroup[]
  loadBalancers: readonly (Holder & { listeners: readonly { port: number }[] })[]
  services: readonly (Holder & { port: number })[]
  database: Holder & { port: number; readReplicas: number }
  cache?: Holder | undefined
  adminAccess: { bastion?: Holder | undefined }
}
type Holder = { securityGroups: readonly string[] }
type WorkRule = { protocol: string; fromPort: number; toPort: number; peer: { kind: 'sg'; sgId: string } | { kind: 'cidr'; cidr: string; label?: string | undefined } | { kind: 'prefix-list'; name: string } }
type WorkGroup = { id: string; ingress: readonly WorkRule[]; egress?: readonly WorkRule[] | undefined }

type Target = { securityGroups: readonly string[]; ports: readonly number[]; onlyListedPorts: boolean; copies: number }

/** The resources that carry security groups, as lib/security places them (NAT gateways carry none). */
function listTargets(config: DesignWorkParts): Target[] {
  const targets: Target[] = [
    ...config.loadBalancers.map((lb) => ({ securityGroups: lb.securityGroups, ports: lb.listeners.map((l) => l.port), onlyListedPorts: true, copies: 1 })),
    ...config.services.map((s) => ({ securityGroups: s.securityGroups, ports: [s.port], onlyListedPorts: false, copies: 1 })),
    // Replicas and a standby are drawn beside the primary with its groups: count them as holders.
    { securityGroups: config.database.securityGroups, ports: [config.database.port], onlyListedPorts: true, copies: 2 + config.database.readReplicas },
  ]
  if (config.cache) targets.push({ securityGroups: config.cache.securityGroups, ports: [6379], onlyListedPorts: true, copies: 1 })
  const bastion = config.adminAccess.bastion
  if (bastion) targets.push({ securityGroups: bastion.securityGroups, ports: [22], onlyListedPorts: false, copies: 1 })
  return targets
}

/** Counts the work of evaluating `config`; see EvaluationWork. Ids that do not resolve count as empty groups. */
export function estimateEvaluationWork(config: DesignWorkParts): EvaluationWork {
  const groups = new Map<string, WorkGroup>(config.securityGroups.map((sg) => [sg.id, sg]))
  const targets = listTargets(config)
  const holders = new Map<string, number>()
  for (const t of targets) for (const id of new Set(t.securityGroups)) holders.set(id, (holders.get(id) ?? 0) + t.copies)

  // Principals: the internet plus each named range outside the VPC (every CIDR peer, to stay an upper bound).
  const outside = new Set<string>()
  for (const sg of config.securityGroups) for (const rule of sg.ingress) if (rule.peer.kind === 'cidr') outside.add(rule.peer.label ?? rule.peer.cidr)
  const nodes = 1 + outside.size + targets.reduce((sum, t) => sum + t.copies, 0)

  let targetPorts = 0
  let portRules = 0
  let egressRules = 0
  for (const t of targets) {
    const carried = [...new Set(t.securityGroups)].map((id) => groups.get(id))
    const ingress = carried.flatMap((sg) => sg?.ingress ?? [])
    const ports = new Set(t.ports)
    if (!t.onlyListedPorts) for (const rule of ingress) if (rule.protocol !== 'all' && rule.fromPort === rule.toPort) ports.add(rule.fromPort)
    targetPorts += ports.size * t.copies
    portRules += ports.size * Math.max(1, ingress.length) * t.copies
    egressRules += carried.reduce((sum, sg) => sum + (sg?.egress?.length ?? 0), 0) * t.copies
  }

  // Subnet groups a CIDR inside the VPC can name: three tiers in each AZ.
  const subnetBoxes = 3 * config.network.azCount
  let ruleLines = 0
  for (const sg of config.securityGroups) {
    const held = holders.get(sg.id) ?? 0
    if (held === 0) continue
    for (const rule of sg.ingress) ruleLines += held * (rule.peer.kind === 'sg' ? (holders.get(rule.peer.sgId) ?? 0) : subnetBoxes)
  }
  const egressTests = egressRules * targetPorts * config.network.azCount
  return { reachChecks: nodes * targetPorts, ruleTests: nodes * portRules + egressTests, ruleLines }
}

/** Adds one issue per exceeded cap, at the config's root, naming the figure, the cap and what to change. */
export function checkEvaluationWork(config: DesignWorkParts, ctx: z.RefinementCtx): void {
  const work = estimateEvaluationWork(config)
  for (const key of Object.keys(EVALUATION_WORK_LIMITS) as (keyof EvaluationWork)[]) {
    const limit = EVALUATION_WORK_LIMITS[key]
    if (work[key] <= limit) continue
    ctx.addIssue({ code: 'custom', path: [], ...modelIssue({ code: 'model.too-much-work', params: { measure: key, work: work[key], limit } }, { limit: true }) })
  }
}
