import type { ArchitectureConfig } from '../model'
import { resolveNatMode } from './resolve-nat-mode'
import { hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS, listMissingImagePullEndpoints } from './image-pull-endpoints'
import { joinWords } from './join-words'
import { MANUAL_NAT_REPLACE_MINUTES } from './recovery-times'
import { roundUpToHalfMinute } from './round-minutes'
import { SCENARIO_TITLES } from './scenario-titles'
import type { ScenarioDraft } from './types'

export const USE_NAT_PER_AZ = 'Run one NAT gateway per AZ'

/**
 * Private tasks lose their way out to the internet. What breaks depends on the NAT mode and on
 * whether ECR images come through VPC endpoints (s3 + ecr-api + ecr-dkr) instead of the NAT.
 * Example (swiftlogix): one NAT gateway, no endpoints → manual, RTO 30 min: running tasks keep
 * serving, but outbound calls fail and no replacement task can pull its image.
 */
export function assessNatLoss(config: ArchitectureConfig): ScenarioDraft {
  const { network } = config
  const endpoints = hasImagePullEndpoints(network)
  const endpointList = joinWords(IMAGE_PULL_ENDPOINTS)
  const base = { id: 'nat-loss', title: SCENARIO_TITLES['nat-loss'] } as const
  const noDataLost = 'No data is lost (RPO 0).'
  const personReplaces = `until someone creates a new NAT gateway and points the private route tables at it (about ${MANUAL_NAT_REPLACE_MINUTES} min)`
  switch (resolveNatMode(network)) {
    case 'none':
      if (endpoints)
        return {
          ...base,
          mode: 'auto',
          rtoMinutes: 0,
          rpoMinutes: 0,
          reason: `There is no NAT and images come through the ${endpointList} endpoints, so nothing depends on a NAT. ${noDataLost}`,
          steps: ['Nothing changes: private tasks reach ECR and S3 through VPC endpoints.'],
          singlePointsOfFailure: [],
          improvement: null,
        }
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: null,
        rpoMinutes: 0,
        reason:
          `There is no NAT and no endpoints for ${joinWords(listMissingImagePullEndpoints(network))}, so private tasks cannot pull images at all: ` +
          `no task can start until a NAT or the endpoints are added, so the time is unbounded. ${noDataLost}`,
        steps: ['Replacement and new tasks fail to pull their images.', 'A person adds a NAT gateway or the image-pull endpoints.'],
        singlePointsOfFailure: [],
        improvement: `Add VPC endpoints for ${joinWords(listMissingImagePullEndpoints(network))}`,
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
        reason:
          `Each of the ${network.azCount} AZs has its own NAT gateway, so losing one affects only that AZ's egress; the load balancer keeps serving from the other AZ. ` +
          `Tasks there whose health check needs outbound calls leave service after ${detectionSeconds} s of failed checks (→ ${rtoMinutes} min). ${noDataLost}`,
        steps: [
          "One AZ's NAT gateway stops; tasks in that AZ lose outbound calls.",
          'Health checks that depend on outbound calls fail, and the load balancer stops sending those tasks traffic.',
          'The other AZ keeps serving through its own NAT gateway.',
        ],
        singlePointsOfFailure: [],
        improvement: null,
      }
    }
    case 'single':
      return {
        ...base,
        mode: endpoints ? 'partial' : 'manual',
        rtoMinutes: MANUAL_NAT_REPLACE_MINUTES,
        rpoMinutes: 0,
        reason: endpoints
          ? `All private subnets share one NAT gateway. Images come through the ${endpointList} endpoints, so running tasks keep serving and replacements still start, ` +
            `but outbound calls to the internet fail ${personReplaces}. ${noDataLost}`
          : `All private subnets share one NAT gateway and there are no image-pull endpoints: running tasks keep serving, but outbound calls fail and ` +
            `no replacement task can pull its image ${personReplaces}. ${noDataLost}`,
        steps: [
          'The NAT gateway stops; outbound calls from private tasks time out.',
          'Alarms or users report errors; a person creates a new NAT gateway.',
          'The private route tables point at the new NAT gateway and outbound calls work again.',
        ],
        singlePointsOfFailure: ['nat'],
        improvement: USE_NAT_PER_AZ,
      }
    case 'instance':
      return {
        ...base,
        mode: 'manual',
        rtoMinutes: MANUAL_NAT_REPLACE_MINUTES,
        rpoMinutes: 0,
        reason:
          `The NAT is a single ${network.nat.instanceType} instance that nothing replaces: outbound calls fail` +
          `${endpoints ? '' : ' and no replacement task can pull its image'} until someone launches a new one and repoints the private route tables ` +
          `(about ${MANUAL_NAT_REPLACE_MINUTES} min). ${noDataLost}`,
        steps: [
          'The NAT instance stops; outbound calls from private tasks time out.',
          'Alarms or users report errors; a person launches a new NAT instance.',
          'The private route tables point at the new instance and outbound calls work again.',
        ],
        singlePointsOfFailure: ['nat'],
        improvement: 'Replace the NAT instance with one NAT gateway per AZ',
      }
  }
}
