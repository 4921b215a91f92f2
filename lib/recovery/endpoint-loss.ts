import type { ArchitectureConfig } from '../model'
import { addVpcEndpoints } from './egress'
import { hasImagePullEndpoints, IMAGE_PULL_ENDPOINTS, listMissingImagePullEndpoints } from '../network'
import { plain } from './recovery-reasons'
import type { ScenarioDraft } from './types'

/**
 * A design without NAT reaches AWS services through VPC endpoints only, so the failure to judge is
 * an endpoint that stops answering, not a NAT. The interface endpoints have a network interface in
 * every private-app subnet (one per AZ, as the export writes them) and the S3 gateway endpoint is a
 * route-table entry, not a machine: running tasks keep their images and keep serving, and ECS
 * retries a task start whose pull failed. Without the image-pull endpoints no task can start at all.
 * Example: nat 'none' with s3 + ecr-api + ecr-dkr → auto, RTO 0; with s3 alone → manual, unbounded.
 */
export function assessEndpointLoss(config: ArchitectureConfig): ScenarioDraft {
  const { network } = config
  const base = { id: 'endpoint-loss' as const, rpoMinutes: 0, singlePointsOfFailure: [] as string[] }
  if (hasImagePullEndpoints(network))
    return {
      ...base,
      mode: 'auto',
      rtoMinutes: 0,
      reason: { code: 'recovery.endpoint-loss.endpoints', params: { endpoints: [...IMAGE_PULL_ENDPOINTS] } },
      steps: [plain('recovery.step.endpoint-interface-fails'), plain('recovery.step.running-tasks-serve'), plain('recovery.step.ecs-retries-start')],
      improvement: null,
    }
  const missing = listMissingImagePullEndpoints(network)
  return {
    ...base,
    mode: 'manual',
    rtoMinutes: null,
    reason: { code: 'recovery.endpoint-loss.no-egress-path', params: { missing } },
    steps: [plain('recovery.step.images-fail'), plain('recovery.step.add-nat-or-endpoints')],
    improvement: addVpcEndpoints(missing),
  }
}
