import type { Tier } from '../../model'
import { isUnknown, type EvaluatedConfiguration, type ImportNote, type ResourceInstance, type TfValue } from '../types'
import type { Facts } from './facts'
import type { IdAllocator } from './ids'
import type { InstanceIndex } from './instances'
import type { ReportBuilder } from './report'

/** What the mappers share: the instances, the report, ArchDeck's facts, and what earlier mappers found. */
export type MapContext = {
  configuration: EvaluatedConfiguration
  index: InstanceIndex
  report: ReportBuilder
  facts: Facts | undefined
  region: string
  /** The VPC the design lives in, and the tier of each of its subnets (by address). */
  vpc?: ResourceInstance
  subnetTiers: Map<string, Tier>
  /** Model security-group id of each aws_security_group address that became one. */
  securityGroupIds: Map<string, string>
  /** Model load-balancer id of each aws_lb address. */
  loadBalancerIds: Map<string, string>
  serviceIds: IdAllocator
  /** Set when a resource names no security group, so the VPC's default group is added. */
  needsDefaultGroup: boolean
}

/**
 * Why a field holds a default: a variable without a value fed it, or Terraform does not say it.
 * whyDefault({ $unknown: 'missing-variable' }, 'region') → import.assumed.variable-without-value.
 */
export function whyDefault(value: TfValue | undefined, field: string): ImportNote {
  return isUnknown(value) && value.$unknown === 'missing-variable' ? note('assumed.variable-without-value', { field }) : note('assumed.not-in-terraform', { field })
}

/** A note of the import namespace: `note('skipped.aurora')` → { code: 'import.skipped.aurora', params: {} }. */
export function note(code: string, params: Record<string, string | number | boolean> = {}): ImportNote {
  return { code: `import.${code}`, params } as ImportNote
}
