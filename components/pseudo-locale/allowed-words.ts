import pricesJson from '@/data/prices/aws-unit-prices.json' with { type: 'json' }
import seedStatedJson from '@/data/prices/seed-stated.json' with { type: 'json' }
import type { RegionBook } from '@/lib/pricing/region-book'
import { evaluateScenario } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import { buildTopology, listCollapsibleGroups } from '@/lib/topology'
import type { Allowed } from './find-leaks'

/**
 * What a page may show untranslated, in every language: kept small and explained, because each
 * entry is a word the pseudo-locale test stops looking at.
 */

/** Units and notation, written the same in Korean ("730 h", "p95 < 60 ms", "₩1,300/USD"). */
const NOTATION = ['ms', 's', 'h', 'min', 'req', 'rps', 'GB', 'KB', 'MB', 'TB', 'vCPU', 'USD', 'KRW', 'RTO', 'RPO', 'SLA', 'p50', 'p95', 'p99', 'CIDR', 'TCP', 'UDP', 'HTTP', 'HTTPS', 'IP', 'DNS', 'JSON', 'ID', 'UTC']

/** AWS product and resource names, which AWS itself does not translate. */
const AWS_NAMES = ['AWS', 'VPC', 'AZ', 'NAT', 'ALB', 'NLB', 'RDS', 'ECS', 'EC2', 'ECR', 'S3', 'IGW', 'SG', 'WAF', 'KMS', 'SSM', 'LCU', 'Fargate', 'CloudFront', 'CloudWatch', 'ElastiCache', 'Redis', 'Valkey', 'PostgreSQL', 'MySQL', 'Multi', 'Single', 'Terraform', 'gp2', 'gp3']

/** The product's own name. */
const PRODUCT = ['ArchDeck']

/**
 * Identifiers a person reads as they are: instance classes (db.t4g.micro, cache.t3.small, t3.micro),
 * region and AZ codes (us-east-1, ap-northeast-2a), Terraform resource types (aws_db_instance),
 * workspace and scenario ids (ws_…, sc_…) and addresses.
 */
const IDENTIFIERS = [
  /\b(?:db\.|cache\.)?[a-z][a-z0-9]*\d[a-z0-9]*\.[a-z0-9]+\b/g,
  /\b[a-z]{2}-[a-z]+-\d[a-z]?\b/g,
  /\baws_[a-z0-9_]+\b/g,
  /\b[a-z]{2,3}_[A-Za-z0-9_-]{8,}/g,
  /\bhttps?:\/\/\S+/g,
  // A file a page offers to download or links to: 0001-move-to-seoul.md, plan.archdeck.json.
  /[\w.-]+\.(?:md|json)\b/g,
  // A field of the model, as a parse error names it: config.services[0].count.min, services[0].scaling.scheduledPeakCount.
  /\b[a-z][A-Za-z0-9]+(?:\[(?:\d+|\*)\])*(?:\.[a-z][A-Za-z0-9]+(?:\[(?:\d+|\*)\])*)+/g,
]

/** Keys under which a scenario holds what its author typed: names, ids, labels, the SLA endpoint. */
const TYPED_KEYS = new Set(['name', 'id', 'label', 'description', 'endpoint', 'region', 'instanceClass', 'nodeType', 'sgId', 'loadBalancer', 'securityGroups'])

/** Everything the author of `scenario` typed: it is shown as typed, in every language. */
function typedTexts(scenario: Scenario): string[] {
  const out: string[] = []
  const walk = (value: unknown, key: string | null): void => {
    if (typeof value === 'string') {
      if (key !== null && TYPED_KEYS.has(key)) out.push(value)
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key))
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k)
  }
  walk(scenario, null)
  return out
}

/**
 * A scenario's security findings: the security view prints each one's id and the scanner rule it
 * mirrors (CKV_AWS_65) as references, and what it is about ('database', 'alb:int-alb'), an id that
 * is fine in code type but not as a name.
 */
function findingsOf(scenario: Scenario) {
  return evaluateScenario(scenario).security.findings
}

/** The diagram's box ids (vpc, subnet:public-a, group ids): its details panel shows each in code type. */
function boxIds(scenario: Scenario): string[] {
  const full = buildTopology(scenario.config)
  const collapsed = buildTopology(scenario.config, { collapsed: listCollapsibleGroups(full) })
  return [...full.nodes, ...collapsed.nodes].map((n) => n.id)
}

const REGION_BOOKS = Object.values(import.meta.glob<RegionBook>('/data/prices/regions/*.json', { eager: true, import: 'default' }))

/** Price keys and what each publisher wrote (title, unit, note, date), kept in the publisher's words. */
function publishersWords(): string[] {
  const prices = Object.values(pricesJson.regions).flatMap((region) => Object.entries(region as Record<string, { unit: string; note: string | null }>))
  return [
    ...Object.keys(pricesJson.regions),
    ...prices.flatMap(([key, price]) => [key, price.unit, price.note ?? '']),
    ...pricesJson.sources.flatMap((s) => [s.title, s.asOf]),
    ...seedStatedJson.prices.flatMap((p) => [p.key, p.unit, p.seed, p.quote, p.asOf]),
    // The region books the price list shows (data/prices/regions), in their publishers' words too.
    ...REGION_BOOKS.flatMap((book) => [...book.sources.flatMap((s) => [s.title, s.asOf]), ...Object.entries(book.prices).flatMap(([key, p]) => [key, p.unit, p.note ?? ''])]),
  ].filter(Boolean)
}

/**
 * What Intl writes in English for lib/i18n's formatters: month, weekday and day-period names
 * (formatDate), "3 minutes ago" (formatTimeAgo), "a, b and c" (joinList).
 */
function intlWords(): string[] {
  const words = new Set<string>()
  const add = (text: string) => text.match(/[A-Za-z]+/g)?.forEach((w) => words.add(w))
  for (const type of ['conjunction', 'disjunction'] as const) add(new Intl.ListFormat('en-US', { type }).format(['1', '2', '3']))
  for (const unit of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const)
    for (const numeric of ['always', 'auto'] as const) for (const n of [-2, -1, 0, 1, 2]) add(new Intl.RelativeTimeFormat('en-US', { numeric }).format(n, unit))
  for (const dateStyle of ['full', 'long', 'medium', 'short'] as const)
    for (const timeStyle of ['medium', 'short'] as const) add(new Intl.DateTimeFormat('en-US', { dateStyle, timeStyle, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 11, 6, 13))))
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2026, month, 1 + month, month * 2))
    for (const options of [{ month: 'long' }, { month: 'short' }, { weekday: 'long' }, { weekday: 'short' }, { hour: 'numeric', hour12: true }] as const)
      for (const part of new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }).formatToParts(date)) if (/^[A-Za-z]+$/.test(part.value)) words.add(part.value)
  }
  return [...words]
}

/** Phrases as one pattern matching each as a whole (so "api" does not hide "rapid"), longest first. */
function wholePhrases(phrases: readonly string[]): RegExp {
  const escaped = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`(?<![A-Za-z0-9])(?:${escaped.join('|')})(?![A-Za-z0-9])`, 'g')
}

/** What a page about `scenarios` may show untranslated; `data` adds what a page loaded (workspace names, …). */
export function allowedFor(scenarios: readonly Scenario[], data: readonly string[] = []): Allowed {
  const findings = scenarios.flatMap(findingsOf)
  const phrases = [...new Set([...scenarios.flatMap(typedTexts), ...findings.flatMap((f) => [f.id, f.rule ?? '']), ...publishersWords(), ...data])].filter((p) => p.trim() !== '')
  return {
    patterns: [wholePhrases(phrases), ...IDENTIFIERS],
    words: new Set([...NOTATION, ...AWS_NAMES, ...PRODUCT, ...intlWords()]),
    codeIds: new Set([...scenarios.flatMap(boxIds), ...findings.map((f) => f.resource)]),
  }
}
