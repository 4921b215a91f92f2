import type { ArchitectureConfig } from '../model'
import { exerciseEgressInHealthChecks, natLossImprovement, resolveNatMode } from './egress'
import { hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS } from '../network'
import { plain } from './recovery-reasons'
import { MANUAL_NAT_REPLACE_MINUTES } from './recovery-times'
import type { ScenarioDraft } from './types'

/**
 * A NAT gateway stops (only designs with NAT gateways have this scenario: listScenarioIds).
 * A NAT gateway is zonal: "Each NAT gateway is created in a specific Availability Zone and
 * implemented with redundancy in that zone" (VPC User Guide, "NAT gateways"), so one per AZ makes
 * the loss zonal, not automatic: the AZ's tasks lose egress while health checks that make no
 * outbound call still pass, and the load balancer keeps sending them requests until a person
 * replaces the gateway. Only a health check that exercises egress would take them out by itself;
 * the model does not say whether it does, so the judgement names that condition.
 * Example (swiftlogix): one NAT gateway, no endpoints → manual, RTO 30 min; per AZ → partial, 30 min.
 */
export function assessNatLoss(config: ArchitectureConfig): ScenarioDraft {
  const { network } = config
  const minutes = MANUAL_NAT_REPLACE_MINUTES
  const base = { id: 'nat-loss', rtoMinutes: minutes, rpoMinutes: 0 } as const
  if (resolveNatMode(network) === 'per-az') {
    const served = config.services.filter((s) => s.loadBalancer !== undefined)
    const detectionSeconds = Math.max(0, ...served.map((s) => s.healthCheck.intervalSeconds * s.healthCheck.unhealthyThreshold))
    return {
      ...base,
      mode: 'partial',
      reason: { code: 'recovery.nat-loss.per-az', params: { azCount: network.azCount, minutes, detectionSeconds } },
      steps: [plain('recovery.step.az-nat-stops'), plain('recovery.step.az-tasks-keep-traffic'), plain('recovery.step.create-nat-gateway'), plain('recovery.step.routes-new-gateway')],
      singlePointsOfFailure: [],
      improvement: exerciseEgressInHealthChecks(config.services),
    }
  }
  const endpoints = hasImagePullEndpoints(network)
  return {
    ...base,
    mode: endpoints ? 'partial' : 'manual',
    reason: endpoints
      ? { code: 'recovery.nat-loss.single-with-endpoints', params: { endpoints: [...IMAGE_PULL_ENDPOINTS], minutes } }
      : { code: 'recovery.nat-loss.single', params: { minutes } },
    steps: [plain('recovery.step.nat-gateway-stops'), plain('recovery.step.create-nat-gateway'), plain('recovery.step.routes-new-gateway')],
    singlePointsOfFailure: ['nat'],
    improvement: natLossImprovement(config.services, 'single'),
  }
}
