import type { ExportContext } from './context'
import type { Json, JsonObject } from './json'
import { toTagValue } from './aws-text'

/** The provider version the schema subset (and so tfcheck) describes. */
const AWS_PROVIDER = { source: 'hashicorp/aws', version: '~> 6.25' } as const

/** Alias of the us-east-1 provider that CloudFront-scoped resources (WAF for CloudFront) need. */
export const US_EAST_1_ALIAS = 'us_east_1'

export function terraformSettings(): JsonObject {
  return { required_version: '>= 1.5.0', required_providers: { aws: { ...AWS_PROVIDER } } }
}

/** The default provider in the config's region, plus a us-east-1 alias when one is needed. */
export function providerBlocks(ctx: ExportContext, needsUsEast1: boolean): Json {
  const defaultTags = { tags: { ManagedBy: 'ArchDeck', Project: toTagValue(ctx.config.name, ctx.project) } }
  const main: JsonObject = { region: ctx.config.region, default_tags: [defaultTags] }
  if (!needsUsEast1) return { aws: [main] }
  return { aws: [main, { alias: US_EAST_1_ALIAS, region: 'us-east-1', default_tags: [defaultTags] }] }
}
