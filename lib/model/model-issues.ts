import type { Reason } from '../explain/reason'

/**
 * What the model says about an input it refuses, as codes with their facts: one per zod issue
 * kind it words and one per rule of its own. lib/model/model-issue-english.ts words them in
 * English (the `message` of a field error: the API and the CLI read it), and
 * lib/i18n/catalog/<language>/model.ts in every language.
 */
type Issue<Code extends string, Params extends object = Record<string, never>> = Reason<`model.${Code}`, Params>

/** What the value was instead: `typeof`, with null and arrays told apart. */
export type ValueKind = 'null' | 'array' | 'string' | 'number' | 'bigint' | 'boolean' | 'symbol' | 'undefined' | 'object' | 'function'

/** The three products of a design whose size the model caps (lib/model/evaluation-work.ts). */
export type WorkMeasure = 'reachChecks' | 'ruleTests' | 'ruleLines'

/**
 * One refused field: where, what the model says (`reason`, worded per language by the `model`
 * namespace) and its English words (`message`, what the API and the CLI print). `reason` is absent
 * only for a message a caller's own schema or rule words (the workspace server's names, say).
 */
export type FieldError = { path: string; message: string; reason?: ModelIssue }

/** The first few field errors of a refusal and how many more there are, as a summary lists them. */
export type ProblemList = { problems: readonly FieldError[]; more: number }

export type ModelIssue =
  // zod's own checks
  | Issue<'required', { expected: string }>
  | Issue<'wrong-type', { expected: string; got: ValueKind }>
  | Issue<'required-option', { options: readonly string[] }>
  | Issue<'not-an-option', { options: readonly string[] }>
  | Issue<'unknown-fields', { keys: readonly string[] }>
  | Issue<'too-few-items', { minimum: number }>
  | Issue<'too-small', { minimum: number }>
  | Issue<'too-many-items', { maximum: number }>
  | Issue<'too-big', { maximum: number }>
  | Issue<'invalid-input'>
  | Issue<'unknown-kind', { options: readonly string[] }>
  // shapes of text
  | Issue<'slug-shape'>
  | Issue<'cidr-shape'>
  | Issue<'type-name-shape', { example: string }>
  | Issue<'empty-label'>
  // a decision's options, checked against the workspace that holds them
  | Issue<'version-missing'>
  | Issue<'version-not-yet', { latest: number }>
  | Issue<'not-in-workspace'>
  | Issue<'listed-twice'>
  | Issue<'not-among-options'>
  // the design's own rules
  | Issue<'vpc-prefix-range'>
  | Issue<'az-count-min', { minimum: number }>
  | Issue<'duplicate-endpoints'>
  | Issue<'ports-reversed'>
  | Issue<'listener-ports-repeat'>
  | Issue<'percent-target-over', { metric: 'cpu' | 'memory'; maximum: number }>
  | Issue<'count.desired-below-min'>
  | Issue<'count.max-below-desired'>
  | Issue<'service-time-min', { minimumMs: number }>
  | Issue<'storage-ceiling-not-above'>
  | Issue<'replicas-need-backups'>
  | Issue<'duplicate-security-group', { id: string }>
  | Issue<'duplicate-load-balancer', { id: string }>
  | Issue<'duplicate-service', { id: string }>
  | Issue<'unknown-security-group', { id: string }>
  | Issue<'unknown-load-balancer', { id: string }>
  | Issue<'too-many-rules', { rules: number; maximum: number }>
  | Issue<'nat-needs-internet-gateway'>
  | Issue<'too-much-work', { measure: WorkMeasure; work: number; limit: number }>
  | Issue<'bands-cover-day', { hours: number }>
  | Issue<'exchange-rate-min', { minimum: number }>
  | Issue<'price-key-shape', { example: string }>
  | Issue<'duplicate-price-override', { key: string }>
  // reading a file, a link or an older version
  | Issue<'not-json', { detail: string }>
  | Issue<'link-unreadable'>
  | Issue<'version-not-whole', { declared: number; oldest: number; current: number }>
  | Issue<'version-newer', { declared: number; current: number }>
  | Issue<'version-too-old', { declared: number; oldest: number; current: number }>
  | Issue<'v1-requirements-version', { found: string }>

/** Why the browser's saved work was ignored (lib/model/saved-state.ts). */
export type SavedStateIssue =
  | Issue<'saved.corrupted'>
  | Issue<'saved.not-a-save', ProblemList>
  | Issue<'saved.other-version', { found: number; expected: number }>
  | Issue<'saved.unreadable-version', { problem: FieldError }>
  | Issue<'saved.does-not-fit', ProblemList>

/** Why a `--set KEY=VALUE` override was refused (lib/model/apply-overrides.ts; the CLI prints the English). */
export type OverrideIssue =
  | Issue<'set.needs-key-value', { override: string }>
  | Issue<'set.tasks-per-service', { raw: string; maximum: number }>
  | Issue<'set.db-multi-az', { raw: string }>
  | Issue<'set.nat-gateways', { raw: string }>
  | Issue<'set.region', { raw: string; options: readonly string[] }>
  | Issue<'set.bad-key-path', { path: string }>
  | Issue<'set.unknown-key', { key: string }>
  | Issue<'set.index-out-of-range', { path: string; index: string; length: number }>
  | Issue<'set.invalid', ProblemList>

/** A summary of field errors: "a: must be at least 0; b: is required (and 2 more)". */
export type ProblemListReason = Issue<'problem-list', ProblemList>

/** Everything the `model` namespace words. */
export type ModelReason = ModelIssue | SavedStateIssue | OverrideIssue | ProblemListReason
