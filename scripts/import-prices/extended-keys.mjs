// The catalog key of a row of ../shared/pricing/extended (catalog.json, components.json), in the
// scheme data/prices uses (ec2.linux.t3.medium.hour, rds.mysql.db.t3.large.multi_az.hour, …);
// null for a row ArchDeck has no key for.

const ENGINE = { MySQL: 'mysql', PostgreSQL: 'postgresql', Redis: 'redis', Valkey: 'valkey', Memcached: 'memcached' }
const DEPLOYMENT = { 'Single-AZ': 'single_az', 'Multi-AZ': 'multi_az' }

/** components.json's `service key` → the catalog's key. */
const COMPONENT_KEYS = {
  'fargate x86-vcpu-hour': 'fargate.linux_x86.vcpu_hour',
  'fargate x86-gb-hour': 'fargate.linux_x86.gb_hour',
  'fargate arm-vcpu-hour': 'fargate.linux_arm.vcpu_hour',
  'fargate arm-gb-hour': 'fargate.linux_arm.gb_hour',
  'fargate ephemeral-storage-gb-hour': 'fargate.ephemeral_storage.gb_hour_above_20gb',
  'vpc-nat hour': 'nat_gateway.hour',
  'vpc-nat gb-processed': 'nat_gateway.gb_processed',
  'vpc-endpoint interface-endpoint-az-hour': 'vpc_endpoint.interface.hour_per_az',
  'vpc-endpoint gb-processed-first-1pb': 'vpc_endpoint.interface.gb_processed_first_1pb',
  'public-ipv4 in-use-hour': 'public_ipv4.in_use.hour',
  'public-ipv4 idle-hour': 'public_ipv4.idle_elastic_ip.hour',
  'cloudwatch logs-ingestion-gb-standard': 'cloudwatch.logs.ingestion_standard.gb',
  'cloudwatch logs-storage-gb-month': 'cloudwatch.logs.storage.gb_month',
  'cloudwatch custom-metric-month-first-10k': 'cloudwatch.custom_metric.first_10k.metric_month',
  'cloudwatch alarm-standard-month': 'cloudwatch.alarm.standard.alarm_month',
  'cloudwatch dashboard-month': 'cloudwatch.dashboard.month',
  'waf web-acl-month': 'waf.web_acl.month',
  'waf rule-month': 'waf.rule.month',
  'waf requests-per-million': 'waf.requests.per_million',
}
const EDGE = { 'United States': 'united_states_edges', EU: 'eu_edges', Japan: 'japan_edges', 'Asia Pacific': 'asia_pacific_edges' }

/** catalog.json's us-east-1 rows recovered from a peer's test outputs, by their AWS usage type. */
const USAGE_KEYS = {
  'elb-alb LoadBalancerUsage': 'alb.hour',
  'elb-alb LCUUsage': 'alb.lcu_hour',
  'fargate Fargate-vCPU-Hours:perCPU': 'fargate.linux_x86.vcpu_hour',
  'fargate Fargate-GB-Hours': 'fargate.linux_x86.gb_hour',
  'vpc-nat NatGateway-Hours': 'nat_gateway.hour',
  'vpc-nat NatGateway-Bytes': 'nat_gateway.gb_processed',
}

export function extendedKeyOf(row) {
  switch (row.service) {
    case 'ec2':
      return `ec2.linux.${row.key}.hour`
    case 'rds': {
      const engine = ENGINE[row.engine]
      const deployment = DEPLOYMENT[row.deployment ?? 'Single-AZ']
      return engine && deployment ? `rds.${engine}.${row.key}.${deployment}.hour` : null
    }
    case 'elasticache': {
      const engine = ENGINE[row.engine]
      return engine ? `elasticache.${engine}.${row.key}.hour` : null
    }
    case 'rds-storage': {
      const deployment = DEPLOYMENT[row.deployment ?? 'Single-AZ']
      return deployment ? `rds.storage.${row.key}.${deployment}.gb_month` : null
    }
    case 'cloudfront': {
      const match = /^edge:(.+)\/(dt-out-internet-gb-first-10tb|https-requests-per-10k)$/.exec(row.key)
      const edge = match && EDGE[match[1]]
      if (!edge) return null
      return match[2] === 'dt-out-internet-gb-first-10tb' ? `cloudfront.dto.${edge}.first_10tb.gb` : `cloudfront.https_requests.${edge}.per_10k`
    }
    default:
      return COMPONENT_KEYS[`${row.service} ${row.key}`] ?? USAGE_KEYS[`${row.service} ${row.key}`] ?? null
  }
}
