import type { Network } from '../model'

/** auto = AWS recovers without a person; partial = some of it; manual = someone must act. */
export type RecoveryMode = 'auto' | 'partial' | 'manual'

/**
 * Every scenario the engine knows, from the smallest blast radius to the largest. A design is
 * assessed for eight of them: the loss of its egress path is one of the three egress scenarios,
 * whichever matches how its private subnets reach out (listScenarioIds).
 */
export const SCENARIO_IDS = [
  'task-crash',
  'host-failure',
  'db-unresponsive',
  'az-outage',
  'bad-deploy',
  'db-disk-full',
  'nat-loss',
  'nat-instance-loss',
  'endpoint-loss',
  'region-outage',
] as const
export type ScenarioId = (typeof SCENARIO_IDS)[number]

/** The egress path a design can lose: NAT gateways, a NAT instance, or VPC endpoints only. */
export const EGRESS_SCENARIO_IDS = ['nat-loss', 'nat-instance-loss', 'endpoint-loss'] as const satisfies readonly ScenarioId[]
export type EgressScenarioId = (typeof EGRESS_SCENARIO_IDS)[number]

/**
 * Which egress scenario a design has: "NAT gateway lost" only where there is a NAT gateway.
 * Example: nat 'single' or 'per-az' → 'nat-loss'; 'instance' → 'nat-instance-loss'; 'none' → 'endpoint-loss'.
 */
export function egressScenarioId(network: Pick<Network, 'nat'>): EgressScenarioId {
  if (network.nat.mode === 'instance') return 'nat-instance-loss'
  if (network.nat.mode === 'none') return 'endpoint-loss'
  return 'nat-loss'
}

/**
 * The eight scenarios assessed for a design, in SCENARIO_IDS order.
 * Example (mau-1m, a NAT instance): […, 'db-disk-full', 'nat-instance-loss', 'region-outage'].
 */
export function listScenarioIds(network: Pick<Network, 'nat'>): ScenarioId[] {
  const egress = egressScenarioId(network)
  return SCENARIO_IDS.filter((id) => !(EGRESS_SCENARIO_IDS as readonly ScenarioId[]).includes(id) || id === egress)
}
