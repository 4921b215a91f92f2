import type { ImportNote, ProviderRegions, ResourceInstance } from '../types'
import { isExpression, type PlanDocument } from './plan-json-document'

/**
 * The AWS region of each provider configuration (`aws`, `aws.<alias>`). A plan carries the
 * configuration: `region` is a constant or a reference to a variable whose value the plan records.
 * A state carries no configuration, and a plan may set the region from the environment: then the
 * region is read from the resources themselves (their ARNs and availability zones), and the report
 * says so.
 */
export function readProviderRegions(document: PlanDocument, instances: readonly ResourceInstance[]): { regions: ProviderRegions; notes: ImportNote[] } {
  const regions: ProviderRegions = {}
  const notes: ImportNote[] = []
  const configs = Object.entries(document.configuration?.provider_config ?? {}).filter(([key, c]) => c.name === 'aws' && !key.includes(':'))
  const keys = configs.length > 0 ? configs.map(([key, c]) => [providerKey(c.alias), c.expressions?.region] as const) : [['aws', undefined] as const]
  for (const [key, expression] of keys) {
    const stated = regionOf(expression, document.variables)
    if (stated) {
      regions[key] = stated
      continue
    }
    const seen = inferRegion(instances.filter((i) => i.provider === key))
    if (seen) {
      regions[key] = seen
      notes.push({ code: 'import.region-from-resources', params: { provider: key, region: seen } })
    } else if (configs.length > 0 || instances.some((i) => i.provider === key)) {
      regions[key] = { $unknown: 'missing-variable' }
      notes.push({ code: 'import.region-not-set', params: { provider: key } })
    }
  }
  return { regions, notes }
}

export function providerKey(alias: string | undefined): string {
  return alias ? `aws.${alias}` : 'aws'
}

function regionOf(expression: unknown, variables: PlanDocument['variables']): string | undefined {
  if (!isExpression(expression)) return undefined
  if (typeof expression.constant_value === 'string' && !expression.constant_value.includes('${')) return expression.constant_value
  const variable = expression.references?.find((r) => r.startsWith('var.'))?.slice(4)
  const value = variable ? variables?.[variable]?.value : undefined
  return typeof value === 'string' ? value : undefined
}

const ARN_REGION = /^arn:aws[a-z-]*:[^:]+:([a-z]{2}(?:-[a-z]+)+-\d+):/
const ZONE = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/

/** The region most of the instances' ARNs and availability zones name (global ARNs such as IAM's name none). */
function inferRegion(instances: readonly ResourceInstance[]): string | undefined {
  const counts = new Map<string, number>()
  for (const instance of instances) {
    const found = ARN_REGION.exec(String(instance.values.arn ?? ''))?.[1] ?? ZONE.exec(String(instance.values.availability_zone ?? ''))?.[1]
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}
