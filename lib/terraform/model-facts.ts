import type { ArchitectureConfig, Requirements, Service, SgRule } from '../model'
import { toSgText, toTagValue } from './aws-text'
import { cloudFrontOrigin } from './cloudfront'
import { listDataStoreOnlyGroups } from './egress-policy'
import { escapeTemplate } from './escape'
import type { ExportContext } from './context'
import type { JsonObject } from './json'
import { toLogRetentionDays } from './log-retention'

/** The local an ArchDeck export writes its model facts to; the importer reads it back. */
export const MODEL_FACTS_LOCAL = 'archdeck_model_facts'

/** Bumped when a fact changes meaning; the importer reads the versions it knows. */
export const MODEL_FACTS_VERSION = 1

const SSM_ENDPOINTS = ['ssm', 'ssmmessages', 'ec2messages'] as const

/** The AWS managed rule groups the export knows (waf.ts): more rules than that cannot be written. */
const WAF_RULE_GROUPS_WRITTEN = 7

/**
 * Facts of the design that Terraform cannot hold, so an import of this export gives the same
 * design back: the design's own name, the order of its parts, what the engines assume of each
 * service (service time, traffic share, purchase options), and the stakeholders' requirements.
 * Everything the resources carry is read from the resources; a fact appears here only where the
 * export cannot write it or writes it rounded (a log retention CloudWatch does not accept, more
 * alarms than the export has templates for). One JSON string, escaped so Terraform reads it literally.
 */
export function modelFactsLocals(config: ArchitectureConfig, written: WrittenCounts, requirements?: Requirements): JsonObject {
  return { [MODEL_FACTS_LOCAL]: escapeTemplate(JSON.stringify(modelFacts(config, written, requirements))) }
}

/** The facts as an output too: `terraform show -json` of a plan carries outputs, not locals. */
export function addModelFactsOutput(ctx: ExportContext): void {
  ctx.doc.output(MODEL_FACTS_LOCAL, `\${local.${MODEL_FACTS_LOCAL}}`, 'Facts of the ArchDeck design that Terraform cannot hold, for importing it back')
}

/** What the export wrote of a figure it caps: alarms beyond its templates are not written. */
export type WrittenCounts = { alarms: number }

export function modelFacts(config: ArchitectureConfig, written: WrittenCounts, requirements?: Requirements): JsonObject {
  const { monitoring, edge, database, cache, adminAccess } = config
  const fargate = config.services.some((s) => s.compute.kind === 'fargate')
  const retentionWritten = fargate || config.network.flowLogs
  const dataStoreOnly = listDataStoreOnlyGroups(config)
  return {
    archdeck: MODEL_FACTS_VERSION,
    name: config.name,
    order: {
      services: config.services.map((s) => s.id),
      securityGroups: config.securityGroups.map((sg) => sg.id),
      loadBalancers: config.loadBalancers.map((lb) => lb.id),
      vpcEndpoints: [...config.network.vpcEndpoints],
      listeners: Object.fromEntries(config.loadBalancers.map((lb) => [lb.id, lb.listeners.map((l) => l.port)])),
    },
    services: Object.fromEntries(config.services.map((s) => [s.id, serviceFacts(s)])),
    loadBalancers: Object.fromEntries(
      config.loadBalancers
        // Round robin is AWS's default and not written; least outstanding requests is written on the target groups.
        .filter((lb) => lb.routing === 'round-robin' || (lb.routing !== undefined && !config.services.some((s) => s.loadBalancer === lb.id)))
        .map((lb) => [lb.id, { routing: lb.routing }]),
    ),
    securityGroups: Object.fromEntries(config.securityGroups.flatMap((sg) => {
      const rules = [...ruleFacts(sg.ingress, 'in'), ...ruleFacts(sg.egress ?? [], 'out')]
      // A data store's group is written without outbound rules whether the config says none or leaves it out.
      const egressNone = sg.egress?.length === 0 && dataStoreOnly.has(sg.id) ? { egressNone: true } : {}
      const fact: JsonObject = { ...(rules.length ? { rules: Object.fromEntries(rules) } : {}), ...egressNone }
      return Object.keys(fact).length ? [[sg.id, fact]] : []
    })),
    labels: {
      services: changedLabels(config.services),
      loadBalancers: changedLabels(config.loadBalancers),
      securityGroups: changedLabels(config.securityGroups),
    },
    database: { purchase: database.purchase, appUserLeastPrivilege: database.appUserLeastPrivilege },
    cache: cache ? { purchase: cache.purchase } : undefined,
    bastion: adminAccess.bastion ? { purchase: adminAccess.bastion.purchase } : undefined,
    monitoring: {
      logsIngestedGbPerMonth: monitoring.logsIngestedGbPerMonth,
      dashboards: monitoring.dashboards,
      alarms: monitoring.alarms > written.alarms ? monitoring.alarms : undefined,
      logRetentionDays: !retentionWritten || toLogRetentionDays(monitoring.logRetentionDays) !== monitoring.logRetentionDays ? monitoring.logRetentionDays : undefined,
      containerInsights: fargate ? undefined : monitoring.containerInsights,
    },
    edge: {
      // CloudFront is written only in front of an external load balancer.
      cloudfront: edge.cloudfront && !cloudFrontOrigin(config) ? true : undefined,
      wafRules: edge.waf.rules > (edge.waf.enabled ? WAF_RULE_GROUPS_WRITTEN : 0) ? edge.waf.rules : undefined,
      route53: edge.route53 ? { hostedZones: edge.route53.hostedZones, queriesMillionsPerMonth: edge.route53.queriesMillionsPerMonth } : undefined,
    },
    disasterRecovery: { ...config.disasterRecovery },
    billing: { ...config.billing },
    pricing: config.pricing ? (JSON.parse(JSON.stringify(config.pricing)) as JsonObject) : undefined,
    natInstanceType: config.network.nat.mode === 'instance' ? undefined : config.network.nat.instanceType,
    // A tier routed to a gateway the design does not have gets no default route (route-tables.ts).
    routing: Object.fromEntries(
      Object.entries(config.network.routing)
        .filter(([, r]) => (r.defaultRoute === 'igw' && !config.network.internetGateway) || (r.defaultRoute === 'nat' && config.network.nat.mode === 'none'))
        .map(([tier, r]) => [tier, r.defaultRoute]),
    ),
    // Session Manager's three endpoints read as SSM on import; a design with them and SSM off says so.
    ssm: !adminAccess.ssm && SSM_ENDPOINTS.every((e) => config.network.vpcEndpoints.includes(e)) ? false : undefined,
    requirements: requirements ? (JSON.parse(JSON.stringify(requirements)) as JsonObject) : undefined,
  }
}

/**
 * What a service's resources leave out: its performance and traffic share always; its counts,
 * scaling target and health check where no autoscaling target or target group carries them; a
 * scheduled peak (no schedule is exported); the port of a service no load balancer names.
 */
function serviceFacts(service: Service): JsonObject {
  const scaled = service.scaling.policy !== 'none'
  const ec2 = service.compute.kind === 'ec2' ? service.compute : undefined
  const behindLb = service.loadBalancer !== undefined
  const { scheduledPeakCount, ...tracking } = service.scaling
  return {
    performance: { ...service.performance },
    trafficShare: service.trafficShare,
    scaling: scalingCarried(service) ? undefined : tracking,
    scheduledPeakCount,
    count: !scaled && !ec2 ? { ...service.count } : undefined,
    port: behindLb ? undefined : service.port,
    healthCheck: behindLb ? undefined : { ...service.healthCheck },
    purchase: ec2?.purchase,
    onDemandBase: ec2 && ec2.onDemandBase >= service.count.max ? ec2.onDemandBase : undefined,
  }
}

/** Whether the exported target tracking names the service's own metric and target (scaling.ts). */
function scalingCarried({ scaling, compute, loadBalancer }: Service): boolean {
  if (scaling.policy === 'none') return false
  switch (scaling.metric) {
    case 'cpu':
    case 'queue-length':
      return true
    case 'memory':
      return compute.kind === 'fargate'
    case 'requests-per-target':
      return loadBalancer !== undefined
  }
}

/** Labels the Name tag cannot hold as they are (AWS rejects some characters in tags; aws-text.ts). */
function changedLabels(parts: readonly { id: string; name: string }[]): JsonObject {
  return Object.fromEntries(parts.filter((p) => unescapeTemplate(toTagValue(p.name, p.id)) !== p.name).map((p) => [p.id, p.name]))
}

function unescapeTemplate(text: string): string {
  return text.replace(/([$%])\1\{/g, '$1{')
}

/**
 * What a rule's one description cannot hold: the CIDR's label beside the rule's own description
 * (`description: null` = the rule has none, the label was written), or a description EC2's
 * character set changes. Keyed `in_1`, `out_2` by the rule's place in the group.
 */
function ruleFacts(rules: readonly SgRule[], direction: 'in' | 'out'): [string, JsonObject][] {
  return rules.flatMap((rule, i): [string, JsonObject][] => {
    const label = rule.peer.kind === 'cidr' ? rule.peer.label : undefined
    // The rule's one description is its own, else the CIDR's label (security-groups.ts), in EC2's character set.
    const written = rule.description ?? label
    const description = rule.description === undefined ? (label === undefined ? undefined : null) : unescapeTemplate(toSgText(rule.description, '')) === rule.description ? undefined : rule.description
    const fact = { label, description }
    return written === undefined || (label === undefined && description === undefined) ? [] : [[`${direction}_${i + 1}`, fact]]
  })
}
