import type { ModelReason, ProblemList, ValueKind, WorkMeasure } from './model-issues'

/**
 * The model's issues in English: the `message` of every field error, which the API, the CLI and
 * its tests read. The English catalog (lib/i18n/catalog/en/model.ts) is this table, so the UI's
 * English and the API's are one text; it lives here because lib/i18n reads the model's types and
 * the model must not read lib/i18n back (npm run check:cycles).
 */
export type ModelEnglish = { [C in ModelReason['code']]: (params: Extract<ModelReason, { code: C }>['params']) => string }

const KIND_WORDS: Record<ValueKind, string> = {
  null: 'null',
  array: 'an array',
  string: 'string',
  number: 'number',
  bigint: 'bigint',
  boolean: 'boolean',
  symbol: 'symbol',
  undefined: 'undefined',
  object: 'object',
  function: 'function',
}

const WORK_WORDS: Record<WorkMeasure, { what: string; fix: string }> = {
  reachChecks: { what: 'source × target-port checks of who can reach what', fix: 'use fewer services or load balancers, or fewer single-port rules on the groups they share' },
  ruleTests: { what: 'security-group rule tests', fix: 'use fewer rules on the groups that many resources share' },
  ruleLines: { what: 'security-group lines on the diagram', fix: 'let fewer resources share a group whose rules name another shared group' },
}

const count = (n: number) => n.toLocaleString('en-US')

/** "a: must be at least 0; b: is required (and 2 more)", the way summariseIssues lists field errors. */
export function listProblemsInEnglish({ problems, more }: ProblemList): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('; ') + (more > 0 ? ` (and ${more} more)` : '')
}

export const MODEL_ENGLISH: ModelEnglish = {
  'model.required': ({ expected }) => `is required (expected ${expected})`,
  'model.wrong-type': ({ expected, got }) => `expected ${expected}, got ${KIND_WORDS[got]}`,
  'model.required-option': ({ options }) => `is required (one of ${options.join(', ')})`,
  'model.not-an-option': ({ options }) => `must be one of ${options.join(', ')}`,
  'model.unknown-fields': ({ keys }) => `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
  'model.too-few-items': ({ minimum }) => `needs at least ${minimum} item(s)`,
  'model.too-small': ({ minimum }) => `must be at least ${minimum}`,
  'model.too-many-items': ({ maximum }) => `allows at most ${maximum} item(s)`,
  'model.too-big': ({ maximum }) => `must be at most ${maximum}`,
  // zod's own word for an input no branch of a union accepts.
  'model.invalid-input': () => 'Invalid input',
  'model.unknown-kind': ({ options }) => `Invalid discriminator value. Expected ${options.map((o) => `'${o}'`).join(' | ')}`,
  'model.slug-shape': () => 'use 1–40 lower-case letters, digits or dashes, starting with a letter',
  'model.cidr-shape': () => 'must be an IPv4 CIDR such as 10.0.0.0/16',
  'model.type-name-shape': ({ example }) => `must look like ${example}`,
  'model.empty-label': () => 'must not be empty',
  'model.vpc-prefix-range': () => 'the VPC prefix must be between /16 and /24',
  'model.az-count-min': ({ minimum }) => `ALBs and RDS subnet groups need at least ${minimum} availability zones`,
  'model.duplicate-endpoints': () => 'list each endpoint once',
  'model.ports-reversed': () => 'fromPort must not exceed toPort',
  'model.listener-ports-repeat': () => 'each listener needs its own port',
  'model.percent-target-over': ({ metric, maximum }) => `a ${metric} target is a percentage: must be at most ${maximum}`,
  'model.count.desired-below-min': () => 'desired must be at least min',
  'model.count.max-below-desired': () => 'max must be at least desired',
  'model.service-time-min': ({ minimumMs }) => `must be at least ${minimumMs} ms`,
  'model.storage-ceiling-not-above': () => 'the autoscaling ceiling must be above storageGb (leave it out to turn autoscaling off)',
  'model.replicas-need-backups': () => 'read replicas need automated backups (at least 1 day)',
  'model.duplicate-security-group': ({ id }) => `duplicate security group id "${id}"`,
  'model.duplicate-load-balancer': ({ id }) => `duplicate load balancer id "${id}"`,
  'model.duplicate-service': ({ id }) => `duplicate service id "${id}"`,
  'model.unknown-security-group': ({ id }) => `unknown security group "${id}"`,
  'model.unknown-load-balancer': ({ id }) => `unknown load balancer "${id}"`,
  'model.too-many-rules': ({ rules, maximum }) => `holds ${rules} rules in all: must be at most ${maximum}`,
  'model.nat-needs-internet-gateway': () => 'a NAT needs an internet gateway',
  'model.too-much-work': ({ measure, work, limit }) =>
    `this design is too large to evaluate at once: ${count(work)} ${WORK_WORDS[measure].what}, at most ${count(limit)} (${WORK_WORDS[measure].fix})`,
  'model.bands-cover-day': ({ hours }) => `the bands must cover 24 hours a day (they cover ${hours})`,
  'model.exchange-rate-min': ({ minimum }) => `must be at least ${minimum} (about 1,300 KRW buy one USD)`,
  'model.price-key-shape': ({ example }) => `must be a price catalog key such as ${example}`,
  'model.duplicate-price-override': ({ key }) => `the price of "${key}" is given twice`,
  'model.version-missing': () => 'does not exist',
  'model.version-not-yet': ({ latest }) => `does not exist yet (latest is ${latest})`,
  'model.not-in-workspace': () => 'is not a scenario of this workspace',
  'model.listed-twice': () => 'is listed twice',
  'model.not-among-options': () => 'must be one of the options',
  'model.not-json': ({ detail }) => `is not valid JSON (${detail})`,
  'model.link-unreadable': () => 'is not an ArchDeck scenario link (it could not be decoded)',
  'model.version-not-whole': ({ declared, oldest, current }) => `must be a whole model version (${oldest} to ${current}), not ${declared}`,
  'model.version-newer': ({ declared, current }) => `was saved by a newer ArchDeck (model version ${declared}; this one reads up to ${current})`,
  'model.version-too-old': ({ declared, oldest, current }) =>
    `comes from model version ${declared}, which this ArchDeck cannot read (it reads model versions ${oldest} to ${current})`,
  'model.v1-requirements-version': ({ found }) => `must be 1 in a model version 1 scenario (it is ${found})`,
  'model.problem-list': listProblemsInEnglish,
  'model.set.needs-key-value': ({ override }) => `--set needs KEY=VALUE (got "${override}")`,
  'model.set.tasks-per-service': ({ raw, maximum }) => `tasksPerService must be a whole number from 0 to ${maximum} (got "${raw}")`,
  'model.set.db-multi-az': ({ raw }) => `dbMultiAz must be true or false (got "${raw}")`,
  'model.set.nat-gateways': ({ raw }) => `natGateways must be 0, 1 or 2 (2 = one per AZ) (got "${raw}")`,
  'model.set.region': ({ raw, options }) => `region must be one of ${options.join(', ')} (got "${raw}")`,
  'model.set.bad-key-path': ({ path }) => `"${path}" is not a valid key path`,
  'model.set.unknown-key': ({ key }) => `unknown key "${key}" (use a path such as database.instanceClass or services.0.count.desired)`,
  'model.set.index-out-of-range': ({ path, index, length }) => `"${path}": index ${index} is out of range (0 to ${length})`,
  'model.set.invalid': (list) => `the overrides make the configuration invalid: ${listProblemsInEnglish(list)}`,
  'model.saved.corrupted': () => 'The saved work in this browser is corrupted and was ignored.',
  'model.saved.not-a-save': (list) => `The saved work in this browser is not an ArchDeck save (${listProblemsInEnglish(list)}) and was ignored.`,
  'model.saved.other-version': ({ found, expected }) =>
    `The saved work comes from a different ArchDeck version (save format ${found}, expected ${expected}) and was ignored.`,
  'model.saved.unreadable-version': ({ problem }) => `The saved work in this browser ${problem.message}, and was ignored.`,
  'model.saved.does-not-fit': (list) => `The saved work no longer fits the model (${listProblemsInEnglish(list)}) and was ignored.`,
}

/** One issue in English: describeModelIssue({ code: 'model.too-big', params: { maximum: 500 } }) → 'must be at most 500'. */
export function describeModelIssue(reason: ModelReason): string {
  // The mapped table pairs each code with its params; TypeScript cannot follow that through a union call.
  const message = MODEL_ENGLISH[reason.code] as (params: ModelReason['params']) => string
  return message(reason.params)
}
