import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from './testing/run-cli'
import { findPreset } from '../data/presets'

function reportJson(...extra: string[]) {
  const result = runCli('report', '--preset', 'swiftlogix', '--json', ...extra)
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout)
}

describe('archdeck presets', () => {
  it('lists every preset id with a description', () => {
    const { code, stdout } = runCli('presets')
    expect(code).toBe(0)
    for (const id of ['swiftlogix', 'swiftlogix-seoul-plan1', 'swiftlogix-seoul-final', 'petclinic-3tier', 'mau-1m', 'standard-web'])
      expect(stdout).toMatch(new RegExp(`^${id} `, 'm'))
  })
})

describe('archdeck report --json', () => {
  it('shows the seed total with formulas and sources', () => {
    const json = reportJson()
    expect(Math.abs(json.cost.monthlyUsd - 200.97) / 200.97).toBeLessThan(0.01)
    expect(json.cost.monthlyKrw).toBe(Math.round(json.cost.monthlyUsd * 1300))
    expect(json.cost.budgetKrw).toBe(150000)
    expect(json.cost.withinBudget).toBe(false)
    expect(json.cost.band.minUsd).toBeLessThanOrEqual(json.cost.band.typicalUsd)
    expect(json.cost.band.peakUsd).toBeGreaterThan(json.cost.band.typicalUsd)
    for (const line of json.cost.lines) {
      expect(line.formula).toMatch(/=/)
      expect(typeof line.source).toBe('string')
    }
  })

  it('gives every cost line, the total and the band their codes and params beside the English', () => {
    const json = reportJson()
    const vcpu = json.cost.lines.find((l: { id: string }) => l.id.startsWith('fargate-vcpu'))
    expect(vcpu).toMatchObject({
      label: 'Fargate vCPU (Order service, Stock service, Payment service)',
      formula: '6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65',
      code: 'cost.label.fargate-vcpu',
      params: { services: ['Order service', 'Stock service', 'Payment service'] },
      formulaCode: 'cost.formula.line',
      sourceCode: 'cost.source.published',
    })
    expect(vcpu.formulaParams.terms[0]).toMatchObject({ priceId: 'fargate.linux_x86.vcpu_hour', unitPrice: { usd: 0.04048, per: 'vcpu-hour' }, resultUsd: 88.65 })
    expect(vcpu.formulaParams.terms[0].quantity.map((f: { code: string }) => f.code)).toEqual(['cost.qty.tasks', 'cost.qty.vcpu', 'cost.qty.hours'])
    expect(json.cost).toMatchObject({ formulaCode: 'cost.total', budgetCode: 'cost.budget', budgetParams: { verdict: 'over' }, band: { code: 'cost.band' } })
    expect(json.cost.formulaParams.totalUsd).toBe(json.cost.monthlyUsd)
  })

  it('reports recovery, capacity and security in the documented shape', () => {
    const json = reportJson()
    expect(json.recovery.coverage).toBeGreaterThanOrEqual(0)
    expect(json.recovery.coverage).toBeLessThanOrEqual(1)
    expect(json.recovery.scenarios.map((s: { id: string }) => s.id)).toEqual([
      'task-crash', 'host-failure', 'db-unresponsive', 'az-outage', 'bad-deploy', 'db-disk-full', 'nat-loss', 'region-outage',
    ])
    expect(json.capacity.services[0]).toMatchObject({ meetsSla: true, recommendedTasks: 2 })
    expect(Array.isArray(json.security.findings)).toBe(true)
    expect(json.security.internetReachable.some((r: { port: number }) => r.port === 443)).toBe(true)
  })

  it('gives each failure scenario its reason and improvement in English beside their codes and params', () => {
    const scenarios = reportJson().recovery.scenarios
    const nat = scenarios.find((s: { id: string }) => s.id === 'nat-loss')
    expect(nat).toMatchObject({ title: 'NAT gateway lost', mode: 'manual', reasonCode: 'recovery.nat-loss.single', params: { minutes: 30 } })
    expect(nat.reason).toMatch(/^All private subnets share one NAT gateway and there are no image-pull endpoints/)
    // One NAT gateway per AZ alone leaves the loss partial: the health checks must exercise egress too.
    expect(nat).toMatchObject({
      improvement:
        "Run one NAT gateway per AZ and make the load balancer's health check of Order service, Stock service and Payment service exercise outbound access, so tasks that lose it leave service by themselves",
      improvementCode: 'recovery.improve.several',
    })
    const az = scenarios.find((s: { id: string }) => s.id === 'az-outage')
    expect(az).toMatchObject({ improvement: 'Turn on Database Multi-AZ and run one NAT gateway per AZ', improvementCode: 'recovery.improve.several', reasonCode: 'recovery.az-outage.reason' })
    const crash = scenarios.find((s: { id: string }) => s.id === 'task-crash')
    expect(crash).toMatchObject({ improvement: null, improvementCode: null, improvementParams: null })
  })

  it('gives each service its advice and peak formula in English beside their codes and params', () => {
    const order = reportJson().capacity.services[0]
    expect(order.explanation).toBe('At 200 req/s: 2 tasks meet the SLA, 2 keep utilisation ≤ 70 %, 2 cover the AZs → recommend 2. The scaling policy runs 10 at the peak.')
    expect(order).toMatchObject({ code: 'capacity.advice.recommend', params: { recommendedTasks: 2, peakTasks: 10 }, formulaCode: 'capacity.formula.queue' })
    expect(order.formula).toMatch(/^M\/M\/c, least outstanding requests \(one pooled queue\): λ = 200 req\/s/)
    expect(order.formulaParams.servers).toBe(10)
  })

  it('gives each finding, layer and the database answer in English beside their codes and params', () => {
    const { security } = reportJson()
    const insights = security.findings.find((f: { id: string }) => f.id === 'container-insights-off')
    expect(insights).toMatchObject({
      severity: 'low',
      message: 'ECS Container Insights is off: per-task CPU, memory and restarts are not recorded.',
      fix: 'Turn on Container Insights for the cluster.',
      code: 'security.finding.container-insights-off',
      params: {},
      fixCode: 'security.fix.container-insights-off',
    })
    expect(security.layers[0]).toMatchObject({ name: 'VPC isolation', code: 'security.evidence.vpc-private', params: { cidr: '10.0.0.0/16' } })
    expect(security.layers[0].evidence).toMatch(/^VPC 10\.0\.0\.0\/16 is private/)
    expect(security.dbQuestion).toMatchObject({ direct: false, code: 'security.reach.blocked', params: { port: 5432 } })
    expect(security.dbQuestion.explanation).toMatch(/^The internet cannot reach the database directly on 5432: /)
  })

  it('applies --set shortcuts: Multi-AZ raises cost and shortens the unresponsive database\'s recovery', () => {
    const base = reportJson()
    const multi = reportJson('--set', 'dbMultiAz=true')
    const dbRto = (json: typeof base) => json.recovery.scenarios.find((s: { id: string }) => s.id === 'db-unresponsive').rtoMinutes
    expect(multi.cost.monthlyUsd).toBeGreaterThan(base.cost.monthlyUsd)
    expect(dbRto(multi)).toBeLessThan(dbRto(base))
  })

  it('applies tasksPerService, natGateways and dotted paths', () => {
    const base = reportJson()
    const more = reportJson('--set', 'tasksPerService=3', '--set', 'natGateways=2', '--set', 'database.instanceClass=db.t3.small')
    const line = (json: typeof base, id: string) => json.cost.lines.find((l: { id: string }) => l.id.startsWith(id)).monthlyUsd
    expect(line(more, 'fargate-vcpu')).toBeCloseTo(line(base, 'fargate-vcpu') * 1.5, 1)
    expect(line(more, 'nat-gateway-hours')).toBe(65.7)
    expect(line(more, 'rds-instance')).toBe(26.28)
  })

  it('reads a config file written by report --json\'s source format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archdeck-cli-'))
    const file = join(dir, 'scenario.json')
    writeFileSync(file, JSON.stringify(findPreset('swiftlogix')!.scenario))
    const result = runCli('report', '--config', file, '--json')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout).cost.monthlyUsd).toBe(reportJson().cost.monthlyUsd)
  })
})

describe('archdeck report --format md', () => {
  it('prints the stakeholder report with its section headings and the KRW total', () => {
    const { code, stdout } = runCli('report', '--preset', 'swiftlogix', '--format', 'md')
    expect(code).toBe(0)
    expect(stdout.startsWith('# SwiftLogix final proposal — Stakeholder report')).toBe(true)
    for (const heading of ['## Summary', '## Operations', '## Business', '## Security', '## Finance', '## CTO', '## Decision and next steps'])
      expect(stdout).toContain(`\n${heading}\n`)
    expect(stdout).toMatch(/\| \*\*Total\*\* \| \*\*\$200\.87\*\* \| \*\*₩261,131\*\* \|/)
    expect(stdout).toContain('The plan costs ₩261,131 a month, ₩111,131 over the ₩150,000 budget.')
  })

  it('writes Korean headings with --lang ko', () => {
    const { code, stdout } = runCli('report', '--preset', 'swiftlogix', '--format=md', '--lang=ko')
    expect(code).toBe(0)
    for (const heading of ['## 요약', '## 운영', '## 비즈니스', '## 보안', '## 재무', '## CTO', '## 결정 사항과 다음 단계']) expect(stdout).toContain(`\n${heading}\n`)
    expect(stdout).toContain('261,131원')
  })

  it('follows --set like every other format', () => {
    const { stdout } = runCli('report', '--preset', 'swiftlogix', '--format', 'md', '--set', 'dbMultiAz=true')
    expect(stdout).toContain('**3 of 8 failures fix themselves**')
  })

  it('keeps --json as the short form of --format json, and text as the default', () => {
    const viaFormat = runCli('report', '--preset', 'swiftlogix', '--format', 'json')
    expect(JSON.parse(viaFormat.stdout)).toEqual(reportJson())
    expect(runCli('report', '--preset', 'swiftlogix').stdout).toMatch(/^ArchDeck report — swiftlogix/)
    expect(runCli('report', '--preset', 'swiftlogix', '--format', 'text').stdout).toMatch(/^ArchDeck report — swiftlogix/)
  })
})

describe('archdeck check', () => {
  it('fails the over-budget seed design and names the breach', () => {
    const { code, stdout } = runCli('check', '--preset', 'swiftlogix')
    expect(code).toBe(1)
    expect(stdout).toMatch(/BREACH budget: over budget/)
  })

  it('passes when the budget covers the design', () => {
    const { code, stdout } = runCli('check', '--preset', 'swiftlogix', '--set', 'requirements.budget.monthly=300000')
    expect(code).toBe(0)
    expect(stdout).toMatch(/no breach/)
  })

  it('prints each breach with its code for a CI gate with --json, with the same exit code', () => {
    const { code, stdout } = runCli('check', '--preset', 'swiftlogix', '--json')
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as { ok: boolean; breaches: { kind: string; code: string; params: Record<string, unknown>; message: string }[] }
    expect(report.ok).toBe(false)
    expect(report.breaches[0]).toMatchObject({ kind: 'budget', code: 'cost.breach.budget', params: { budgetKrw: 150_000 } })
    expect(report.breaches[0]!.message).toMatch(/^over budget/)
    const open = runCli('check', '--preset', 'swiftlogix', '--set', 'requirements.budget.monthly=300000', '--json')
    expect(open.code).toBe(0)
    expect(JSON.parse(open.stdout)).toMatchObject({ ok: true, breaches: [] })
  })

  it('fails a design that cannot start, first, with the design check\'s codes', () => {
    // SwiftLogix with no NAT and no VPC endpoints: private Fargate tasks cannot pull from ECR.
    const text = runCli('check', '--preset', 'swiftlogix', '--set', 'natGateways=0', '--set', 'requirements.budget.monthly=300000')
    expect(text.code).toBe(1)
    expect(text.stdout).toMatch(/^BREACH design: .*cannot pull their container images/)
    const json = runCli('check', '--preset', 'swiftlogix', '--set', 'natGateways=0', '--set', 'requirements.budget.monthly=300000', '--json')
    expect(json.code).toBe(1)
    const report = JSON.parse(json.stdout) as { breaches: { kind: string; code: string }[] }
    expect(report.breaches.map((b) => b.code)).toEqual(['design.no-image-pull-path', 'design.no-logs-path', 'design.no-secrets-path'])
  })
})

describe('archdeck export', () => {
  it('writes main.tf.json and variables.tf.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archdeck-export-'))
    const { code } = runCli('export', '--preset', 'swiftlogix', '--out', dir)
    expect(code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['main.tf.json', 'variables.tf.json'])
  })
})

describe('bad input gets one clear line and exit code 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown command', ['deploy'], /unknown command "deploy"/],
    ['an unknown preset', ['report', '--preset', 'nope'], /unknown preset "nope" \(known: swiftlogix/],
    ['neither preset nor config', ['report'], /exactly one of --preset ID or --config FILE/],
    ['a --set without =', ['report', '--preset', 'swiftlogix', '--set', 'tasksPerService'], /KEY=VALUE/],
    ['a bad shortcut value', ['report', '--preset', 'swiftlogix', '--set', 'natGateways=5'], /natGateways must be 0, 1 or 2/],
    ['an unknown key path', ['report', '--preset', 'swiftlogix', '--set', 'database.nope.deeper=1'], /unknown key "config.database.nope"/],
    ['a value the schema rejects', ['report', '--preset', 'swiftlogix', '--set', 'database.storageGb=-5'], /config.database.storageGb: must be at least 20/],
    ['a typo in a field name', ['report', '--preset', 'swiftlogix', '--set', 'database.multiAZ=true'], /unknown field "multiAZ"/],
    ['a missing config file', ['report', '--config', '/nonexistent/x.json'], /cannot read \/nonexistent\/x.json: no such file or folder \(ENOENT\)/],
    ['export without --out', ['export', '--preset', 'swiftlogix'], /export needs --out DIR/],
    ['a prototype-polluting path', ['report', '--preset', 'swiftlogix', '--set', '__proto__.x=1'], /not a valid key path/],
    ['an unknown --format', ['report', '--preset', 'swiftlogix', '--format', 'pdf'], /--format must be text, md or json \(got "pdf"\)/],
    ['an unknown --lang', ['report', '--preset', 'swiftlogix', '--format', 'md', '--lang', 'fr'], /--lang must be en or ko \(got "fr"\)/],
    ['--format without a value', ['report', '--preset', 'swiftlogix', '--format'], /--format needs a value/],
    ['--json against --format md', ['report', '--preset', 'swiftlogix', '--json', '--format', 'md'], /--json and --format md disagree/],
  ]
  for (const [name, argv, message] of cases)
    it(`rejects ${name}`, () => {
      const result = runCli(...argv)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.split('\n')).toHaveLength(1)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })

  it('rejects a config file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archdeck-cli-'))
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{ "config": ')
    const result = runCli('check', '--config', file)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/is not a valid ArchDeck config: \(file\): is not valid JSON/)
  })
})

describe('the archdeck executable', () => {
  it('runs through node bin/archdeck.js with the same exit codes', () => {
    const bin = fileURLToPath(new URL('../bin/archdeck.js', import.meta.url))
    const ok = spawnSync(process.execPath, [bin, 'presets'], { encoding: 'utf8' })
    expect(ok.status).toBe(0)
    expect(ok.stdout).toMatch(/^swiftlogix /m)
    const bad = spawnSync(process.execPath, [bin, 'report', '--preset', 'nope'], { encoding: 'utf8' })
    expect(bad.status).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})
