import type { ImportError, SourceFile } from '../types'
import { isObject } from './parse-file'
import { jsonSyntaxError } from './syntax-error'

/**
 * The parts of `terraform show -json` the importer reads ("JSON Output Format", Terraform internals
 * docs): a plan has `planned_values`, `resource_changes`, `configuration`, `variables` and, when a
 * state existed, `prior_state`; a state has `values`. Everything is optional here: properties a
 * reader does not know are ignored, as the format's compatibility promise asks.
 */
export type PlanDocument = {
  format_version: string
  variables?: Record<string, { value?: unknown }>
  planned_values?: ValuesRepresentation
  resource_changes?: ResourceChange[]
  prior_state?: { values?: ValuesRepresentation }
  configuration?: { provider_config?: Record<string, ProviderConfig>; root_module?: ConfigModule }
  values?: ValuesRepresentation
  errored?: boolean
}

export type ValuesRepresentation = { outputs?: Record<string, { value?: unknown; sensitive?: boolean }>; root_module?: ValuesModule }
export type ValuesModule = { address?: string; resources?: ValuesResource[]; child_modules?: ValuesModule[] }
export type ValuesResource = {
  address: string
  mode: 'managed' | 'data'
  type: string
  name: string
  index?: number | string
  provider_name?: string
  values?: Record<string, unknown>
  sensitive_values?: unknown
}
export type ResourceChange = { address: string; change?: { actions?: string[]; after_unknown?: unknown; after_sensitive?: unknown } }

/** An expression of the configuration: its value when constant, and what it refers to. */
export type Expression = { constant_value?: unknown; references?: string[] }
export type ProviderConfig = { name?: string; alias?: string; expressions?: Record<string, unknown> }
export type ConfigResource = {
  address: string
  mode?: 'managed' | 'data'
  type: string
  name: string
  provider_config_key?: string
  /** Attribute → Expression; a nested block → an array of objects of the same form. */
  expressions?: Record<string, unknown>
  for_each_expression?: Expression
}
export type ConfigModule = {
  resources?: ConfigResource[]
  module_calls?: Record<string, ModuleCall>
  outputs?: Record<string, { expression?: Expression }>
}
export type ModuleCall = { expressions?: Record<string, unknown>; module?: ConfigModule }

export type ReadDocument = { ok: true; document: PlanDocument; kind: 'plan' | 'state' } | { ok: false; errors: ImportError[] }

/**
 * Parses the text and checks it is a plan or a state Terraform's JSON format describes. The format
 * says to reject a major version it does not know ("Reject any input which reports an unsupported
 * major version"); Terraform 1.11 writes "1.2".
 */
export function readPlanDocument(file: SourceFile): ReadDocument {
  const text = file.text.replace(/^\uFEFF/, '')
  if (text.trim() === '') return refuse('import.unreadable-file', file, { why: 'empty' })
  if (text.includes('\u0000')) return refuse('import.unreadable-file', file, { why: 'binary' })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxError(file.path, text, error instanceof Error ? error.message : String(error))] }
  }
  if (!isObject(json)) return refuse('import.unreadable-file', file, { why: 'not-an-object' })
  const version = json.format_version
  if (typeof version !== 'string') return refuse('import.unsupported-file', file, { why: 'no-format-version' })
  if (version.split('.')[0] !== '1') return refuse('import.unsupported-file', file, { why: 'format-version', version })
  // `terraform providers schema -json` also has a format_version, but no resources to import.
  if ('provider_schemas' in json) return refuse('import.unsupported-file', file, { why: 'not-plan-or-state' })
  const kind = 'planned_values' in json || 'resource_changes' in json ? 'plan' : 'state'
  return { ok: true, document: json as PlanDocument, kind }
}

function refuse(code: 'import.unreadable-file' | 'import.unsupported-file', file: SourceFile, params: Record<string, string>): ReadDocument {
  return { ok: false, errors: [{ code, params, where: { file: file.path } }] }
}

export function isExpression(value: unknown): value is Expression {
  return isObject(value) && ('references' in value || 'constant_value' in value)
}
