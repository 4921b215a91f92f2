// Test support: reads ArchDeck's own .tf.json export as the evaluator would, without the evaluator,
// so the mapper's round trip is tested on its own. It knows only what the export writes: whole
// references (`${aws_vpc.main.id}`), variables, escaped literals and one local.
import type { TerraformFile } from '../../../terraform/export-terraform'
import { MODEL_FACTS_LOCAL } from '../../../terraform/model-facts'
import type { EvaluatedConfiguration, ResourceInstance, TfObject, TfRef, TfValue } from '../../types'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Body = { [key: string]: Json }

const WHOLE_REFERENCE = /^\$\{((?:data\.)?[a-z0-9_]+\.[a-z0-9_]+)\.([^}]+)\}$/
const META = new Set(['depends_on', 'lifecycle', 'provider', 'count', 'for_each'])

export function exportAsConfiguration(files: readonly TerraformFile[]): EvaluatedConfiguration {
  const main = JSON.parse(files.find((f) => f.name === 'main.tf.json')!.content) as Record<string, Body>
  const variables = (JSON.parse(files.find((f) => f.name === 'variables.tf.json')?.content ?? '{}') as { variable?: Record<string, Body> }).variable ?? {}
  const value = (v: Json): TfValue => {
    if (typeof v === 'string') return text(v, variables)
    if (Array.isArray(v)) return v.map(value)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x)])) as TfObject
    return v
  }
  const instances: ResourceInstance[] = []
  for (const [mode, section] of [['managed', main.resource], ['data', main.data]] as const)
    for (const [type, byName] of Object.entries((section ?? {}) as Record<string, Record<string, Body>>))
      for (const [name, body] of Object.entries(byName)) {
        if (body.for_each !== undefined) continue // over a variable without a value: no instances offline
        const values = Object.fromEntries(Object.entries(body).filter(([k]) => !META.has(k)).map(([k, x]) => [k, value(x)])) as TfObject
        const provider = typeof body.provider === 'string' ? body.provider : 'aws'
        instances.push({ address: `${mode === 'data' ? 'data.' : ''}${type}.${name}`, mode, type, name, provider, values })
      }
  const providers = ((main.provider as Body | undefined)?.aws ?? []) as Body[]
  const providerRegions = Object.fromEntries(providers.map((p) => [p.alias ? `aws.${p.alias}` : 'aws', String(p.region)]))
  const facts = (main.locals as Body | undefined)?.[MODEL_FACTS_LOCAL]
  return { instances, providerRegions, ...(typeof facts === 'string' ? { modelFacts: JSON.parse(unescape(facts)) as Record<string, unknown> } : {}), notes: [] }
}

function text(v: string, variables: Record<string, Body>): TfValue {
  const wholeVariable = /^\$\{var\.([A-Za-z0-9_-]+)\}$/.exec(v)
  if (wholeVariable) return variable(wholeVariable[1]!, variables)
  const whole = WHOLE_REFERENCE.exec(v)
  if (whole) {
    const [, address, attribute] = whole as unknown as [string, string, string]
    return { $ref: address, attribute } satisfies TfRef
  }
  const refs = [...v.matchAll(/\$\{((?:data\.)?[a-z0-9_]+\.[a-z0-9_]+)\.[^}]+\}/g)].filter((m) => v[m.index! - 1] !== '$').map((m) => ({ $ref: m[1]!, attribute: '' }))
  if (refs.some((r) => !r.$ref.startsWith('var.') && !r.$ref.startsWith('local.'))) return { $unknown: 'computed', refs: refs.filter((r) => !r.$ref.startsWith('var.')) }
  if (/(^|[^$])\$\{var\./.test(v)) return { $unknown: 'missing-variable' }
  return unescape(v)
}

function variable(name: string, variables: Record<string, Body>): TfValue {
  const declared = variables[name]
  if (declared && declared.default !== undefined) return declared.default as TfValue
  return { $unknown: 'missing-variable' }
}

function unescape(v: string): string {
  return v.replace(/([$%])\1\{/g, '$1{')
}
