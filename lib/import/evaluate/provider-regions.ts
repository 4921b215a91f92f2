import type { Scope } from '../expressions'
import { unknownValue } from '../expressions/values'
import type { ParsedModule } from '../sources/parsed-module'
import type { ProviderRegions, TfUnknown } from '../types'
import { evaluateRaw } from './evaluate-raw'
import type { EvaluationRun } from './run'

/**
 * The region of each AWS provider configuration of the root module: `aws` for the default one,
 * `aws.<alias>` for the others ("Provider Configuration": `alias`). A region Terraform would take
 * from the environment (AWS_REGION) is not read: it is unknown, and a note says it was not set.
 */
export function readProviderRegions(run: EvaluationRun, root: ParsedModule, scope: Scope): ProviderRegions {
  const regions: ProviderRegions = {}
  for (const provider of root.providers) {
    if (provider.name !== 'aws') continue
    const key = provider.alias ? `aws.${provider.alias}` : 'aws'
    const place = { where: provider.where }
    if (!('region' in provider.body)) {
      run.note({ code: 'import.region-not-set', params: { provider: key }, ...place })
      regions[key] = unknownValue('missing-variable')
      continue
    }
    const region = evaluateRaw(run, provider.body.region, scope, place)
    regions[key] = typeof region === 'string' ? region : asUnknown(region)
  }
  return regions
}

/** An AWS provider configuration the resources use but no block sets a region for. */
export function addMissingRegions(run: EvaluationRun, regions: ProviderRegions, used: Iterable<string>): void {
  for (const key of used) {
    if (key !== 'aws' && !key.startsWith('aws.')) continue
    if (key in regions) continue
    run.note({ code: 'import.region-not-set', params: { provider: key } })
    regions[key] = unknownValue('missing-variable')
  }
}

function asUnknown(value: unknown): TfUnknown {
  return typeof value === 'object' && value !== null && '$unknown' in value ? (value as TfUnknown) : unknownValue('unsupported-expression')
}
