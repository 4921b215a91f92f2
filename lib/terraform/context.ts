import type { ArchitectureConfig, Tier } from '../model'
import { planSubnets, type PlannedSubnet } from '../network'
import { toTagValue } from './aws-text'
import { TerraformDocument } from './document'
import type { JsonObject } from './json'
import { PhysicalNames, tfRef, toProjectSlug, toTerraformName, type TfRef } from './names'

/** Everything a concern needs to add its resources: the config, the planned subnets, the document. */
export type ExportContext = {
  config: ArchitectureConfig
  doc: TerraformDocument
  /** Prefix of physical names, from the config name: 'swiftlogix-final-proposal'. */
  project: string
  names: PhysicalNames
  subnets: readonly PlannedSubnet[]
}

export function createContext(config: ArchitectureConfig): ExportContext {
  const project = toProjectSlug(config.name)
  return { config, doc: new TerraformDocument(), project, names: new PhysicalNames(project), subnets: planSubnets(config) }
}

export const VPC = tfRef('aws_vpc', 'main')

export function subnetRef(subnet: PlannedSubnet): TfRef {
  return tfRef('aws_subnet', toTerraformName(subnet.id))
}

export function subnetsIn(ctx: ExportContext, tier: Tier): PlannedSubnet[] {
  return ctx.subnets.filter((s) => s.tier === tier)
}

/** ['${aws_subnet.private_app_a.id}', …] for a tier, in AZ order. */
export function subnetIds(ctx: ExportContext, tier: Tier): string[] {
  return subnetsIn(ctx, tier).map((s) => subnetRef(s).ref('id'))
}

/** The first public subnet (bastion, single NAT); planSubnets always plans at least one per tier. */
export function firstSubnet(ctx: ExportContext, tier: Tier): PlannedSubnet {
  const subnet = subnetsIn(ctx, tier)[0]
  if (!subnet) throw new Error(`terraform export: no ${tier} subnet planned`)
  return subnet
}

/** { Name: '<label>' } with the label made safe for AWS tags and Terraform templates. */
export function nameTag(label: string, fallback: string): JsonObject {
  return { Name: toTagValue(label, fallback) }
}

/** Security group resource for a config security group id. */
export function securityGroupRef(sgId: string): TfRef {
  return tfRef('aws_security_group', toTerraformName(sgId))
}

export function securityGroupIds(sgIds: readonly string[]): string[] {
  return sgIds.map((id) => securityGroupRef(id).ref('id'))
}
