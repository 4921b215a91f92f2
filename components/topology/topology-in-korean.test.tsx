// @vitest-environment jsdom
import type { NodeProps } from '@xyflow/react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { buildLargeScenario } from '@/bench/large-config'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { PRESETS } from '@/data/presets'
import { evaluateScenario } from '@/lib/evaluate'
import type { Locale } from '@/lib/i18n'
import type { Scenario } from '@/lib/model'
import { buildTopology, listCollapsibleGroups } from '@/lib/topology'
import { buildFlowNodes } from './build-flow-elements'
import { DbPathBanner } from './db-path-banner'
import type { TopoFlowNode } from './flow-types'
import { EdgeKey, InternetLegend } from './lens-legends'
import { TopologyToolbar } from './topology-toolbar'
import { GroupNode, ResourceNode, SummaryNode } from './topology-nodes'
import type { TopologyViewState } from './use-topology-view'

/** English a Korean engineer reads as it is: AWS names, notation, instance types, key names. */
const KEPT = /^(VPC|AZ|DB|ALB|NAT|RDS|ECS|ECR|AWS|WAF|CDN|ACL|ID|SG|CloudFront|Route|ElastiCache|Redis|Valkey|PostgreSQL|MySQL|MariaDB|Multi|Single|vCPU|GB|HTTP|HTTPS|TCP|UDP|ALL|DNS|IP|db|cache|us|east|west|ap|northeast|logs|ssm|ssmmessages|ec2messages|secretsmanager|api|dkr|dynamodb|kms|sts|s3|Enter|Space|Escape|id|n)$/

const COMPONENT = { frame: GroupNode, resource: ResourceNode, external: ResourceNode, summary: SummaryNode }

function render(element: React.ReactElement, locale: Locale = 'ko'): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(<LocaleProvider initial={locale}>{element}</LocaleProvider>), 'text/html')
}

/** Visible text plus the titles, placeholders and accessible names a reader meets. */
function wordsOf(doc: Document): string {
  const attributes = [...doc.querySelectorAll('[title],[aria-label],[placeholder]')].flatMap((el) => ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''))
  const texts: string[] = []
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '')
  return [...texts, ...attributes].join(' ')
}

/** Latin words left once typed names, ids, CIDRs and instance types are set aside. */
function englishIn(text: string, typed: ReadonlySet<string>): string[] {
  let rest = text
  for (const name of [...typed].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ')
  rest = rest.replace(/\b(?:db\.|cache\.)?[a-z]+\d[a-z0-9]*\.\w+/g, ' ').replace(/\b[a-z0-9]+(?:[:-][a-z0-9]+)+\b/g, ' ')
  const words = rest.match(/[A-Za-z][A-Za-z]*/g) ?? []
  return words.filter((w) => w.length > 1 && !KEPT.test(w))
}

function typedNames(scenario: Scenario): Set<string> {
  const config = scenario.config
  return new Set([
    ...config.services.flatMap((s) => [s.name, s.id]),
    ...config.loadBalancers.flatMap((lb) => [lb.name, lb.id]),
    ...config.securityGroups.flatMap((g) => [g.name, g.id]),
    ...config.securityGroups.flatMap((g) => g.ingress.flatMap((r) => (r.peer.kind === 'cidr' && r.peer.label ? [r.peer.label] : []))),
    ...Object.keys(config.adminAccess ?? {}),
    config.region,
  ])
}

const scenarios = [...PRESETS.map((p) => [p.id, p.scenario] as const), ['large design', buildLargeScenario(50)] as const]

describe('the topology drawn in Korean', () => {
  it.each(scenarios)('leaves no English word on any box of %s, open or collapsed, with every mark shown', (_, scenario) => {
    const typed = typedNames(scenario)
    const full = buildTopology(scenario.config)
    const groups = listCollapsibleGroups(full)
    const leftovers = new Set<string>()
    for (const topology of [full, buildTopology(scenario.config, { collapsed: groups.filter((g) => g !== 'vpc') }), buildTopology(scenario.config, { collapsed: groups })]) {
      const marks = { emphasised: null, singlePoints: new Set(topology.nodes.map((n) => n.id)), selectedNodeId: null, locale: 'ko' as const }
      for (const node of buildFlowNodes(topology, marks)) {
        const data = { ...node.data, internetPorts: [443], pathStep: 1 }
        const Box = COMPONENT[node.type ?? 'resource'] as React.ComponentType<NodeProps<TopoFlowNode>>
        const props = { id: node.id, data, selected: false, type: node.type } as unknown as NodeProps<TopoFlowNode>
        const words = [...englishIn(wordsOf(render(<Box {...props} />)), typed), ...englishIn(node.ariaLabel ?? '', typed)]
        if (words.length > 0) leftovers.add(`${node.id}: ${words.join(' ')}`)
      }
    }
    expect([...leftovers]).toEqual([])
  })

  it.each(scenarios)('leaves no English word in the toolbar, the legends or the database question of %s', (_, scenario) => {
    const typed = typedNames(scenario)
    const state = { query: 'svc', setQuery: () => {}, step: () => {}, matchIndex: 1, matchCount: 3, port: '', setPort: () => {}, sgId: '', setSgId: () => {}, ports: [], groups: [], collapsedCount: 2, expandAll: () => {}, resetGrouping: () => {} } as unknown as TopologyViewState
    const answer = evaluateScenario(scenario).security.dbQuestion
    const doc = render(
      <>
        <TopologyToolbar state={state} />
        <InternetLegend exposedCount={1} />
        <EdgeKey />
        <DbPathBanner answer={answer} />
      </>,
    )
    // The banner's explanation is the security engine's sentence; its catalog is checked there.
    doc.querySelector('[data-testid="db-path-answer"] p')?.remove()
    expect(englishIn(wordsOf(doc), typed)).toEqual([])
  })

  it('says the same boxes in English as before the catalog (accessible names are a contract)', () => {
    const topology = buildTopology(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario.config)
    const nodes = buildFlowNodes(topology, { emphasised: null, singlePoints: new Set(), selectedNodeId: null })
    expect(nodes.find((n) => n.id === 'database')?.ariaLabel).toBe('RDS PostgreSQL, db.t3.micro · Single-AZ')
    expect(nodes.find((n) => n.id === 'subnet:public-a')?.ariaLabel).toBe('Public subnet, 10.0.0.0/24')
  })
})
