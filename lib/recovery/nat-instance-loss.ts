import type { ArchitectureConfig } from '../model'
import { natLossImprovement } from './egress'
import { hasImagePullEndpoints } from '../network'
import { plain } from './recovery-reasons'
import { MANUAL_NAT_REPLACE_MINUTES } from './recovery-times'
import type { ScenarioDraft } from './types'

/**
 * The NAT instance stops. It is one EC2 instance that the model puts in no Auto Scaling group, so
 * nothing launches another: a person does, and repoints the private route tables, in the same time
 * as rebuilding a NAT gateway. EC2's automatic recovery only moves an instance off failed
 * hardware; an instance that hangs, is terminated or loses its AZ stays gone.
 * Example (mau-1m: one t3.nano NAT instance) → manual, RTO 30 min, RPO 0; 'nat' a single point of failure.
 */
export function assessNatInstanceLoss(config: ArchitectureConfig): ScenarioDraft {
  const { network } = config
  const minutes = MANUAL_NAT_REPLACE_MINUTES
  return {
    id: 'nat-instance-loss',
    mode: 'manual',
    rtoMinutes: minutes,
    rpoMinutes: 0,
    reason: { code: 'recovery.nat-instance-loss.manual', params: { instanceType: network.nat.instanceType, endpoints: hasImagePullEndpoints(network), minutes } },
    steps: [plain('recovery.step.nat-instance-stops'), plain('recovery.step.launch-nat-instance'), plain('recovery.step.routes-new-instance')],
    singlePointsOfFailure: ['nat'],
    improvement: natLossImprovement(config.services, 'instance'),
  }
}
