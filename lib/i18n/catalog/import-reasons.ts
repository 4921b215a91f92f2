import type { Reason } from '../../explain/reason'

type Import<Code extends string, Params extends object = Record<string, never>> = Reason<`import.${Code}`, Params>

/** Where a resource the import left out came from, and why (the report's `skipped`). */
type SkippedReason =
  | Import<'skipped', { resourceType: string; why: string }>
  | Import<'skipped.not-modelled', { resourceType: string }>
  | Import<'skipped.other-provider', { provider: string }>
  | Import<'skipped.other-vpc', { vpc: string }>
  | Import<'skipped.rds-cluster'>
  | Import<'skipped.aurora'>
  | Import<'skipped.engine-not-modelled', { engine: string }>
  | Import<'skipped.endpoint-not-modelled', { service: string }>
  | Import<'skipped.gateway-load-balancer'>
  | Import<'skipped.load-balancer-without-security-group'>
  | Import<'skipped.instance-not-modelled'>
  | Import<'skipped.memcached'>
  | Import<'skipped.second-cache'>
  | Import<'skipped.rule-not-modelled', { rule: string }>
  | Import<'skipped.rule-group-unknown'>
  | Import<'skipped.rule-peer-unknown', { peer: string }>

/** Why a model field holds a default rather than a value from the files (the report's `assumed`). */
type AssumedReason =
  | Import<'assumed', { field: string; value: string; why: string }>
  | Import<'assumed.not-in-terraform', { field: string; found?: string }>
  | Import<'assumed.variable-without-value', { field: string }>
  | Import<'assumed.network-not-in-files'>
  | Import<'assumed.requirement-default', { field: string }>
  | Import<'assumed.tier-by-name', { subnet: string; tier: string }>
  | Import<'assumed.az-count-raised', { found: number; used: number }>
  | Import<'assumed.az-count-capped', { found: number; used: number }>
  | Import<'assumed.vpc-cidr', { found: string }>
  | Import<'assumed.no-vpc'>
  | Import<'assumed.no-database', { instanceClass: string }>
  | Import<'assumed.no-listener'>
  | Import<'assumed.storage-type', { field: string; found: string }>
  | Import<'assumed.fargate-size', { found: number; used: number }>
  | Import<'assumed.default-security-group'>
  | Import<'assumed.region-not-modelled', { field: string; found: string }>

/** Remarks on what was read: the mapper's and the evaluators' (lib/import/evaluate, sources, plan-json). */
type NoteReason =
  | Import<'understood', { part: string }>
  | Import<'from-model-facts', { field: string }>
  | Import<'secret-to-variable', { attribute: string; variable: string }>
  | Import<'rule-not-modelled', { rule: string }>
  | Import<'network-load-balancer', { loadBalancer: string }>
  | Import<'nat-fewer-than-azs', { gateways: number; azs: number }>
  | Import<'scaling-metric-not-modelled', { metric: string }>
  | Import<'ecs-on-ec2', { service: string; instanceType: string }>
  | Import<'variable-without-value', { variable: string }>
  | Import<'undeclared-variable', { variable: string }>
  | Import<'registry-module', { module: string; source: string }>
  | Import<'module-not-found', { module: string; source: string }>
  | Import<'several-roots', { root: string; others: string }>
  | Import<'var-file-not-applied', { file: string }>
  | Import<'duplicate-block', { block: string }>
  | Import<'unsupported-construct', { construct: string }>
  | Import<'unsupported-function', { name: string }>
  | Import<'eval-error', { detail: string; expression?: string }>
  | Import<'secret-not-kept', { attribute?: string; variable?: string; local?: string }>
  | Import<'secret-dropped', { attribute: string }>
  | Import<'local-cycle', { local: string }>
  | Import<'count-unknown'>
  | Import<'for-each-unknown'>
  | Import<'dynamic-unknown', { block: string }>
  | Import<'region-not-set', { provider: string }>
  | Import<'region-from-resources', { provider: string; region: string }>
  | Import<'assumed-availability-zones', { region: string; names: string }>
  | Import<'model-facts-unreadable', { local: string }>
  | Import<'plan-errored', { file: string }>

/** Why nothing was imported (lib/import/types.ts ImportError). */
type ErrorReason =
  | Import<'unreadable-file', { why: string }>
  | Import<'syntax-error', { detail: string; expression?: string }>
  | Import<'unsupported-file', { why: string; version?: string }>
  | Import<'no-resources'>
  | Import<'invalid-model', { count: number; path: string; message: string }>
  | Import<'too-large', { limit?: string; value?: number; max?: number; detail?: string; instances?: number; maxInstances?: number }>

/**
 * Every code of a Terraform import: what was understood, assumed or skipped, the notes on the way,
 * and why an import was refused. Keys of the `import` namespace; lib/i18n/catalog/<language>/import.ts words them.
 */
export type ImportReason = SkippedReason | AssumedReason | NoteReason | ErrorReason
export type ImportCode = ImportReason['code']
