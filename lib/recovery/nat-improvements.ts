import type { VpcEndpoint } from '../model'
import { plain, type Improvement } from './recovery-reasons'

/** The changes that take the NAT out of the recovery path, shared by nat-loss and az-outage. */
export const USE_NAT_PER_AZ = plain('recovery.improve.nat-per-az')

export const REPLACE_NAT_INSTANCE = plain('recovery.improve.replace-nat-instance')

/** Example: ['ecr-api', 'ecr-dkr'] → "Add VPC endpoints for ecr-api and ecr-dkr". */
export function addVpcEndpoints(missing: readonly VpcEndpoint[]): Improvement {
  return { code: 'recovery.improve.vpc-endpoints', params: { missing: [...missing] } }
}
