import type { ArchitectureConfig } from '../model'
import { addVpcEndpoints, hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS, listMissingImagePullEndpoints, REPLACE_NAT_INSTANCE, resolveNatMode, USE_NAT_PER_AZ } from './egress'
import { plain } from './recovery-reasons'
import { MANUAL_NAT_REPLACE_MINUTES, roundUpToHalfMinute } from './recovery-times'
import type { ScenarioDraft } from './types'

/**
 * Private tasks lose their way out to the internet. What breaks depends on the NAT mode and on
 * whether ECR images come through VPC endpoints (s3 + ecr-api + ecr-dkr) instead of the NAT.
 * Example (swiftlogix): one NAT gateway, no endpoints → manual, RTO 30 min: running tasks keep
 * serving, but outbound calls fail and no replacement task can pull its image.
 */
export function assessNatLoss(config: ArchitectureConfig): ScenarioDraft {
  const { network } = config
  const endpoints = hasImagePullEndpoints(network)
  const endpointList = [...IMAGE_PULL_ENDPOINTS]
  const base = { id: 'nat-loss' } as const
  const minutes = MANUAL_NAT_REPLACE_MINUTES
  switch (resolveNatMode(network)) {
    case 'none': {
      if (endpoints)
        return {
          ...base,
          mode: 'auto',
          rtoMinutes: 0,
          rpoMinutes: 0,
          reason: { code: 'recovery.nat-loss.endpoints-only', params: { endpoints: endpointList } },
          steps: [plain('recovery.step.endpoints-unchanged')],
          singlePointsOfFailure: [],
          improvement: null,
        }
      const missing = listMissingImagePullEndpoints(network)
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: null,
        rpoMinutes: 0,
        reason: { code: 'recovery.nat-loss.no-egress-path', params: { missing } },
        steps: [plain('recovery.step.images-fail'), plain('recovery.step.add-nat-or-endpoints')],
        singlePointsOfFailure: [],
        improvement: addVpcEndpoints(missing),
      }
    }
    case 'per-az': {
      const detectionSeconds = Math.max(
        0,
        ...config.services.filter((s) => s.loadBalancer !== undefined).map((s) => s.healthCheck.intervalSeconds * s.healthCheck.unhealthyThreshold),
      )
      const rtoMinutes = roundUpToHalfMinute(detectionSeconds)
      return {
        ...base,
        mode: 'auto',
        rtoMinutes,
        rpoMinutes: 0,
        reason: { code: 'recovery.nat-loss.per-az', params: { azCount: network.azCount, detectionSeconds, rtoMinutes } },
        steps: [plain('recovery.step.az-nat-stops'), plain('recovery.step.health-checks-fail-egress'), plain('recovery.step.other-az-serves')],
        singlePointsOfFailure: [],
        improvement: null,
      }
    }
    case 'single':
      return {
        ...base,
        mode: endpoints ? 'partial' : 'manual',
        rtoMinutes: minutes,
        rpoMinutes: 0,
        reason: endpoints
          ? { code: 'recovery.nat-loss.single-with-endpoints', params: { endpoints: endpointList, minutes } }
          : { code: 'recovery.nat-loss.single', params: { minutes } },
        steps: [plain('recovery.step.nat-gateway-stops'), plain('recovery.step.create-nat-gateway'), plain('recovery.step.routes-new-gateway')],
        singlePointsOfFailure: ['nat'],
        improvement: USE_NAT_PER_AZ,
      }
    case 'instance':
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: minutes,
        rpoMinutes: 0,
        reason: { code: 'recovery.nat-loss.instance', params: { instanceType: network.nat.instanceType, endpoints, minutes } },
        steps: [plain('recovery.step.nat-instance-stops'), plain('recovery.step.launch-nat-instance'), plain('recovery.step.routes-new-instance')],
        singlePointsOfFailure: ['nat'],
        improvement: REPLACE_NAT_INSTANCE,
      }
  }
}
