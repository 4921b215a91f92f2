import type { Reason } from '../explain/reason'
import type { FieldError, Scenario } from '../model'

/**
 * The shapes every step of a Terraform import shares: files in, evaluated resource instances in the
 * middle, a scenario and a report out. Steps: sources/ (read and parse files) → evaluate/ (variables,
 * locals, count/for_each, local modules) or plan-json (terraform show -json) → map/ (resources →
 * model) → import-terraform.ts (validate with the one schema, report).
 */

/** One file the user gave: its path as given (relative to the folder they picked) and its text. */
export type SourceFile = { path: string; text: string }

/** A value once Terraform's expressions are evaluated, as far as they can be without AWS. */
export type TfValue = null | boolean | number | string | TfValue[] | TfObject | TfRef | TfUnknown
export type TfObject = { [key: string]: TfValue }

/**
 * An attribute of another resource, known only once AWS creates it (`aws_vpc.main.id`). `address`
 * is the instance's full address: `aws_subnet.app[0]`, `module.net.aws_subnet.app["a"]`.
 */
export type TfRef = { $ref: string; attribute: string }

/** A value that cannot be known offline; `refs` lists the resource attributes it was built from. */
export type TfUnknown = { $unknown: UnknownWhy; refs?: TfRef[] }
export type UnknownWhy = 'computed' | 'missing-variable' | 'data-source' | 'unsupported-function' | 'unsupported-expression'

export function isRef(v: unknown): v is TfRef {
  return typeof v === 'object' && v !== null && typeof (v as TfRef).$ref === 'string'
}
export function isUnknown(v: unknown): v is TfUnknown {
  return typeof v === 'object' && v !== null && typeof (v as TfUnknown).$unknown === 'string'
}

/** Where something came from in the user's files, for the report and for error messages. */
export type SourcePlace = { file: string; line?: number; column?: number }

/** One resource instance after count/for_each and modules are expanded. */
export type ResourceInstance = {
  /** `module.net.aws_subnet.app["a"]` — Terraform's own address syntax. */
  address: string
  mode: 'managed' | 'data'
  type: string
  name: string
  /** count index or for_each key; absent for a single instance. */
  index?: number | string
  /** `module.net` or `module.a.module.b`; absent at the root. */
  module?: string
  /** Provider configuration: `aws`, `aws.us_east_1`, `random`. */
  provider: string
  /** Arguments as evaluated. Nested blocks are arrays of objects (as in Terraform's JSON syntax). */
  values: TfObject
  where?: SourcePlace
}

/** What the configuration says about its providers: the AWS region per alias (`aws` = default). */
export type ProviderRegions = Record<string, string | TfUnknown>

/** Facts ArchDeck's own export writes beside the resources (see lib/terraform/model-facts.ts). */
export type ModelFacts = Record<string, unknown>

/** The evaluated configuration: resources and providers, before anything is mapped to the model. */
export type EvaluatedConfiguration = {
  instances: ResourceInstance[]
  providerRegions: ProviderRegions
  /** `local.archdeck` of an ArchDeck export, when present (facts Terraform cannot hold). */
  modelFacts?: ModelFacts
  notes: ImportNote[]
}

// ---- The report ----------------------------------------------------------------------------

type Note<Code extends string, Params extends object> = Reason<`import.${Code}`, Params>

/** A fact about the import worded by lib/i18n/catalog/<language>/import.ts. */
export type ImportNote = (
  | Note<'understood', { part: string }>
  | Note<'assumed', { field: string; value: string; why: string }>
  | Note<'skipped', { resourceType: string; why: string }>
  | Note<'variable-without-value', { variable: string }>
  | Note<'registry-module', { module: string; source: string }>
  | Note<'secret-to-variable', { attribute: string; variable: string }>
  | Note<'unsupported-construct', { construct: string }>
  | Note<string, Record<string, string | number | boolean>>
) & { address?: string; where?: SourcePlace }

/** What became which part of the model: a resource address → a model path such as `services[order]`. */
export type Understood = { address: string; becomes: string; where?: SourcePlace }
/** A model field Terraform does not say, and the default used for it. */
export type Assumed = { field: string; value: string; why: ImportNote }
/** A resource left out, and why. */
export type Skipped = { address: string; resourceType: string; why: ImportNote }

export type ImportReport = { understood: Understood[]; assumed: Assumed[]; skipped: Skipped[]; notes: ImportNote[] }

/** Why nothing was imported: a file that cannot be read, or a construct the importer refuses. */
export type ImportError = Note<
  'unreadable-file' | 'syntax-error' | 'unsupported-file' | 'no-resources' | 'invalid-model' | 'too-large',
  Record<string, string | number>
> & {
  where?: SourcePlace
  address?: string
  /** `import.invalid-model`: the model's own field errors, each worded by the model's catalog (sayModel). */
  problems?: FieldError[]
}

export type ImportResult = { ok: true; scenario: Scenario; report: ImportReport } | { ok: false; errors: ImportError[] }

export type ImportOptions = {
  /** `-var name=value` arguments, strongest of all variable sources (as in Terraform). */
  vars?: Record<string, string>
  /**
   * The folder (as in SourceFile.path) to read as the root module when the files hold several
   * (`envs/prod`); by default the shallowest folder of .tf files that no other folder calls.
   */
  root?: string
  /**
   * The `.tfvars` files to apply as `-var-file` would, in order (paths as in SourceFile.path).
   * Terraform loads terraform.tfvars and *.auto.tfvars by itself and any other var file only when
   * named: a folder holding dev.tfvars and prod.tfvars must not apply both. Absent = every such
   * file given applies, in the order given (a caller that passes only the files it means).
   */
  varFiles?: string[]
}

/**
 * How much one import may send through the API (app/api/import): the browser checks before it
 * sends, the route refuses more with 413. 10 MB of text is far beyond any hand-written
 * configuration and holds the plan JSON of a few hundred resources.
 */
export const IMPORT_LIMITS = { bodyBytes: 10 * 1024 * 1024, files: 2_000 } as const

/**
 * The local an ArchDeck export writes its model facts to (`locals.archdeck_model_facts`): one JSON
 * string, escaped so Terraform reads `${` literally. The evaluator hands its parsed value (or the
 * string) on as `EvaluatedConfiguration.modelFacts`.
 */
export { MODEL_FACTS_LOCAL } from '../terraform/model-facts'
