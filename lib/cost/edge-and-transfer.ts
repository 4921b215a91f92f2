import type { ArchitectureConfig, PricedRegion, Region, Requirements } from '../model'
import { designPrice } from './design-price'
import { priceLine, type CostLine } from './cost-line'
import { monthlyResponseVolume } from './traffic-volume'

/**
 * AWS waives the first 100 GB a month of data transfer out to the internet, aggregated across
 * services and regions, always (AWS, "AWS Free Tier: always free data transfer out", 2021-12-01).
 * Unlike CloudWatch's free tier, ArchDeck takes it off, and the formula says so.
 */
const FREE_INTERNET_OUT_GB = 100
/** CloudFront's always-free tier covers the first 1 TB a month (Amazon CloudFront pricing, "Always free"). */
const FREE_CLOUDFRONT_GB = 1024

/** CloudFront's always-free tier also covers 10,000,000 HTTP/HTTPS requests a month (Amazon CloudFront pricing, "Always free"). */
const FREE_CLOUDFRONT_REQUESTS = 10_000_000

/** The CloudFront price group (edge geography) that serves most viewers of the region (Korea bills as Asia Pacific). */
const CLOUDFRONT_EDGES: Record<PricedRegion, string> = {
  'us-east-1': 'united_states_edges',
  'us-east-2': 'united_states_edges',
  'us-west-2': 'united_states_edges',
  'eu-west-1': 'eu_edges',
  'eu-central-1': 'eu_edges',
  'ap-northeast-1': 'japan_edges',
  'ap-northeast-2': 'asia_pacific_edges',
}

/** The edge price group for the region; a region without one prices as unknown (no key matches). */
function edgeGroupOf(region: Region): string {
  return (CLOUDFRONT_EDGES as Record<string, string>)[region] ?? 'unknown_edges'
}

/**
 * Responses leave AWS either through CloudFront or straight from the region; the free tier comes
 * off first. Seed 000: 86.9 GB − 100 GB free = 0 GB billable.
 */
export function priceDataTransfer(config: ArchitectureConfig, requirements: Requirements): CostLine[] {
  const volume = monthlyResponseVolume(requirements.traffic)
  if (config.edge.cloudfront) {
    const billable = Math.max(0, volume.gb - FREE_CLOUDFRONT_GB)
    return [
      priceLine({
        id: 'cloudfront-data-out',
        component: 'edge',
        label: { code: 'cost.label.cloudfront-data-out', params: {} },
        unit: 'GB',
        quantity: billable,
        ...designPrice(config, `cloudfront.dto.${edgeGroupOf(config.region)}.first_10tb.gb`),
        factors: [{ code: 'cost.qty.billable-gb', params: { gb: volume.gb, freeGb: FREE_CLOUDFRONT_GB } }],
        per: 'gb',
        notes: [{ code: 'cost.note.always-free-cloudfront', params: { freeGb: FREE_CLOUDFRONT_GB } }],
      }),
      priceCloudFrontRequests(config, volume.requests),
    ]
  }
  const billable = Math.max(0, volume.gb - FREE_INTERNET_OUT_GB)
  return [
    priceLine({
      id: 'data-transfer-out',
      component: 'data-transfer',
      label: { code: 'cost.label.data-transfer-out', params: {} },
      unit: 'GB',
      quantity: billable,
      ...designPrice(config, 'data_transfer.out_to_internet.first_tier.gb'),
      factors: [{ code: 'cost.qty.billable-gb', params: { gb: volume.gb, freeGb: FREE_INTERNET_OUT_GB } }],
      per: 'gb',
      notes: [{ code: 'cost.note.always-free-internet-out', params: { freeGb: FREE_INTERNET_OUT_GB } }],
    }),
  ]
}

/**
 * Every viewer request through CloudFront is billed per 10,000 HTTPS requests in the same edge
 * group as its data, after the always-free 10 M. PetClinic (seed 002, Seoul): 49.46 M requests →
 * 3,946.4 × $0.012 = $47.36.
 */
function priceCloudFrontRequests(config: ArchitectureConfig, requests: number): CostLine {
  const billable = Math.max(0, requests - FREE_CLOUDFRONT_REQUESTS)
  return priceLine({
    id: 'cloudfront-requests',
    component: 'edge',
    label: { code: 'cost.label.cloudfront-requests', params: {} },
    unit: '10k requests',
    quantity: billable / 10_000,
    ...designPrice(config, `cloudfront.https_requests.${edgeGroupOf(config.region)}.per_10k`),
    factors: [{ code: 'cost.qty.billable-requests-10k', params: { requests, freeRequests: FREE_CLOUDFRONT_REQUESTS } }],
    per: 'ten-thousand',
    notes: [{ code: 'cost.note.always-free-cloudfront-requests', params: { freeRequests: FREE_CLOUDFRONT_REQUESTS } }],
  })
}

/** WAF: a web ACL, its rules, and a price per million requests inspected. */
export function priceWaf(config: ArchitectureConfig, requirements: Requirements): CostLine[] {
  const { waf } = config.edge
  if (!waf.enabled) return []
  const millions = monthlyResponseVolume(requirements.traffic).requests / 1e6
  return [
    priceLine({ id: 'waf-acl', component: 'edge', label: { code: 'cost.label.waf-acl', params: {} }, unit: 'ACL-months', quantity: 1, ...designPrice(config, 'waf.web_acl.month'), factors: [{ code: 'cost.qty.web-acls', params: { acls: 1 } }], per: 'month' }),
    priceLine({ id: 'waf-rules', component: 'edge', label: { code: 'cost.label.waf-rules', params: {} }, unit: 'rule-months', quantity: waf.rules, ...designPrice(config, 'waf.rule.month'), factors: [{ code: 'cost.qty.rules', params: { rules: waf.rules } }], per: 'rule-month' }),
    priceLine({ id: 'waf-requests', component: 'edge', label: { code: 'cost.label.waf-requests', params: {} }, unit: 'million requests', quantity: millions, ...designPrice(config, 'waf.requests.per_million'), factors: [{ code: 'cost.qty.million-requests', params: { millions } }], per: 'million' }),
  ]
}

/** Route 53: hosted zones and standard queries. Seed 001: 1 zone + 3 M queries = $0.50 + $1.20. */
export function priceRoute53(config: ArchitectureConfig): CostLine[] {
  const r53 = config.edge.route53
  if (!r53) return []
  return [
    priceLine({ id: 'route53-zones', component: 'edge', label: { code: 'cost.label.route53-zones', params: {} }, unit: 'zone-months', quantity: r53.hostedZones, ...designPrice(config, 'route53.hosted_zone.first_25.month'), factors: [{ code: 'cost.qty.zones', params: { zones: r53.hostedZones } }], per: 'zone-month' }),
    priceLine({ id: 'route53-queries', component: 'edge', label: { code: 'cost.label.route53-queries', params: {} }, unit: 'million queries', quantity: r53.queriesMillionsPerMonth, ...designPrice(config, 'route53.standard_queries.first_1b.per_million'), factors: [{ code: 'cost.qty.million-queries', params: { millions: r53.queriesMillionsPerMonth } }], per: 'million' }),
  ]
}
