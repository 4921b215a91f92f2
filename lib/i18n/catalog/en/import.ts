import type { ImportReason } from '../import-reasons'
import type { Messages } from '../define'

const UNREADABLE: Record<string, string> = { empty: 'it is empty', binary: 'it is not text', 'not-an-object': 'it does not hold a JSON object' }
const UNSUPPORTED: Record<string, string> = {
  'no-format-version': 'it has no format_version, so it is not terraform show -json output',
  'format-version': 'its format version is one this ArchDeck does not read',
  'not-plan-or-state': 'it is a provider schema, not a plan or a state',
}
const LIMITS: Record<string, string> = {
  files: 'files',
  bytes: 'bytes in all',
  'file-bytes': 'bytes in one file',
  instances: 'resource instances',
  repetitions: 'repetitions of one count or for_each',
  'module-depth': 'levels of nested modules',
  'reference-depth': 'references in one chain',
  expression: 'expression size',
}

/** A Terraform import's report and refusals, in English. */
export const importMessages: Messages<ImportReason> = {
  'import.skipped': ({ resourceType, why }) => `${resourceType} left out: ${why}`,
  'import.skipped.not-modelled': ({ resourceType }) => `${resourceType} is not part of ArchDeck's model, so it is not priced or checked`,
  'import.skipped.other-provider': ({ provider }) => `Provider ${provider} is not AWS: left out`,
  'import.skipped.other-vpc': ({ vpc }) => `In another VPC than the design's (${vpc}): left out`,
  'import.skipped.rds-cluster': () => 'RDS and Aurora clusters are not modelled: only a single RDS instance with its replicas is',
  'import.skipped.aurora': () => 'Aurora is not modelled: only RDS for PostgreSQL and MySQL are',
  'import.skipped.engine-not-modelled': ({ engine }) => `Database engine ${engine || '(none given)'} is not modelled: only PostgreSQL and MySQL are`,
  'import.skipped.endpoint-not-modelled': ({ service }) => `VPC endpoint ${service || '(unnamed)'} is not one the model knows`,
  'import.skipped.gateway-load-balancer': () => 'Gateway load balancers are not modelled',
  'import.skipped.load-balancer-without-security-group': () => 'This load balancer has no security group, which the model needs to check who reaches it',
  'import.skipped.instance-not-modelled': () => 'An EC2 instance that is neither a bastion nor a NAT is not modelled',
  'import.skipped.memcached': () => 'Memcached is not modelled: only Redis and Valkey are',
  'import.skipped.second-cache': () => 'The model holds one cache: this second one is left out',
  'import.skipped.rule-not-modelled': ({ rule }) => `The model cannot hold this rule (${rule}): only TCP, UDP or all traffic over IPv4, from a range, a group or CloudFront's prefix list`,
  'import.skipped.rule-group-unknown': () => 'The rule names a security group that is not in the files',
  'import.skipped.rule-peer-unknown': ({ peer }) => `The rule admits ${peer}, which is not a security group of the design`,

  'import.assumed': ({ field, value, why }) => `${field} = ${value}: ${why}`,
  'import.assumed.not-in-terraform': ({ field, found }) => `Terraform does not say ${field}${found ? ` (found ${found})` : ''}: ArchDeck's default is used; change it if it differs`,
  'import.assumed.variable-without-value': ({ field }) => `${field} comes from a variable without a value: ArchDeck's default is used until you give one (a tfvars file or -var)`,
  'import.assumed.network-not-in-files': () => 'The files hold no subnets (the network comes from a module or configuration not imported): the usual three tiers stand in, public through an internet gateway and the app tier through one NAT',
  'import.assumed.requirement-default': ({ field }) => `Terraform holds no ${field}: SwiftLogix's stated demand is used until you set your own`,
  'import.assumed.tier-by-name': ({ subnet, tier }) => `${subnet} is read as ${tier} from its name: its routes do not say`,
  'import.assumed.az-count-raised': ({ found, used }) => `The services run in ${found} Availability Zone${found === 1 ? '' : 's'}; the model plans at least ${used}, as load balancers and RDS need two`,
  'import.assumed.az-count-capped': ({ found, used }) => `The services run in ${found} Availability Zones; the model plans at most ${used}`,
  'import.assumed.vpc-cidr': ({ found }) => `The VPC range ${found || '(unknown)'} cannot be modelled (a /16 to /24 is): the default range is used`,
  'import.assumed.no-vpc': () => 'No VPC in the files: the default range is used',
  'import.assumed.no-database': ({ instanceClass }) => `No RDS database in the files, and the model needs one: a ${instanceClass} stands in; remove its cost from your reading or set your own`,
  'import.assumed.no-listener': () => 'The load balancer has no listener in the files: an HTTP listener on port 80 stands in',
  'import.assumed.storage-type': ({ found }) => `Storage type ${found} is read as gp3, the General Purpose SSD the model prices`,
  'import.assumed.fargate-size': ({ found, used }) => `${found} vCPU is not a Fargate task size: the nearest, ${used} vCPU, is used`,
  'import.assumed.default-security-group': () => "No security group named: the VPC's default group, which AWS uses then, stands in",
  'import.assumed.region-not-modelled': ({ found }) => `Region ${found} cannot be read as an AWS region code: the default region is used`,

  'import.understood': ({ part }) => `Became ${part}`,
  'import.from-model-facts': ({ field }) => `${field} came from ArchDeck's facts in the files (local.archdeck_model_facts), which Terraform itself cannot hold`,
  'import.secret-to-variable': ({ attribute, variable }) => `${attribute} is written as a literal secret: it was not imported; keep it in a variable (${variable}) or a secrets store`,
  'import.rule-not-modelled': ({ rule }) => `A rule the model cannot hold was left out (${rule})`,
  'import.network-load-balancer': ({ loadBalancer }) => `${loadBalancer} is a network load balancer: it is read as an application load balancer, the only kind the model prices`,
  'import.nat-fewer-than-azs': ({ gateways, azs }) => `${gateways} NAT gateways for ${azs} Availability Zones: read as a single NAT`,
  'import.scaling-metric-not-modelled': ({ metric }) => `Target tracking on ${metric} is not a metric the model knows: read as CPU`,
  'import.ecs-on-ec2': ({ service, instanceType }) => `${service} runs on an EC2 Auto Scaling group: it is modelled as ${instanceType} instances, counted as the group's instances`,
  'import.variable-without-value': ({ variable }) => `Variable ${variable} has no value: what depends on it is unknown`,
  'import.undeclared-variable': ({ variable }) => `A value was given for ${variable}, which no variable declares`,
  'import.registry-module': ({ module, source }) =>
    `${module} comes from ${source}, which cannot be fetched offline: import terraform show -json of a plan instead, where modules are already expanded`,
  'import.module-not-found': ({ module, source }) => `${module}: no files found at ${source}`,
  'import.duplicate-block': ({ block }) => `${block} is declared more than once: the first is read`,
  'import.var-file-not-applied': ({ file }) => `${file} was not applied: Terraform reads a .tfvars file other than terraform.tfvars and *.auto.tfvars only when it is named with -var-file (tick it in the dialog, or give it as a PATH to archdeck import)`,
  'import.several-roots': ({ root, others }) => `Several root folders: ${root} was read; ${others} were not`,
  'import.unsupported-construct': ({ construct }) => `Not understood offline: ${construct}`,
  'import.unsupported-function': ({ name }) => `Function ${name} cannot be evaluated offline: its result is unknown`,
  'import.eval-error': ({ detail, expression }) => `${expression ? `${expression}: ` : ''}${detail}`,
  'import.secret-not-kept': ({ attribute, variable, local }) => `${attribute ?? (variable ? `var.${variable}` : local ? `local.${local}` : 'A secret')} holds a secret: its value is never kept`,
  'import.secret-dropped': ({ attribute }) => `${attribute} is sensitive: its value was dropped`,
  'import.local-cycle': ({ local }) => `local.${local} refers to itself: its value is unknown`,
  'import.count-unknown': () => 'count cannot be known offline: one instance ([0]) was read in its place; check the counts in the design',
  'import.for-each-unknown': () => 'for_each cannot be known offline: one instance ("unknown") was read in its place; check the counts in the design',
  'import.dynamic-unknown': ({ block }) => `The dynamic ${block} blocks cannot be known offline: none were made`,
  'import.region-not-set': ({ provider }) => `Provider ${provider} names no region`,
  'import.region-from-resources': ({ provider, region }) => `Provider ${provider}'s region, ${region}, was read from its resources`,
  'import.assumed-availability-zones': ({ region, names }) => `Availability Zones of ${region} are assumed to be ${names}`,
  'import.model-facts-unreadable': ({ local }) => `local.${local} is not ArchDeck's facts as it writes them: ignored`,
  'import.plan-errored': ({ file }) => `${file} is a plan Terraform could not finish: what it holds may be incomplete`,

  'import.unreadable-file': ({ why }) => `The file cannot be read: ${UNREADABLE[why] ?? why}`,
  'import.syntax-error': ({ detail }) => `Syntax error: ${detail}`,
  'import.unsupported-file': ({ why, version }) => `The file is not supported: ${UNSUPPORTED[why] ?? why}${version ? ` (${version})` : ''}`,
  'import.no-resources': () => 'Nothing to import: no AWS resource in the files became part of a design',
  'import.invalid-model': ({ count, path, message }) => `The imported design is not valid (${count} problem${count === 1 ? '' : 's'}), first ${path}: ${message}. Nothing was imported.`,
  'import.too-large': ({ limit, value, max, detail, instances, maxInstances }) =>
    instances !== undefined
      ? `Too large: ${instances} resource instances, at most ${maxInstances} are imported`
      : `Too large: ${limit ? (LIMITS[limit] ?? limit) : 'size'}${value !== undefined ? ` ${value}` : ''}${max !== undefined ? `, at most ${max}` : ''}${detail ? ` (${detail})` : ''}`,
}
