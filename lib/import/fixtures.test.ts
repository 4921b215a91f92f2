import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateScenario } from '../evaluate'
import { sayImport } from '../i18n/catalog/say-import'
import type { ArchitectureConfig, Scenario, Service } from '../model'
import { answerReachability } from '../security'
import { exportTerraform } from '../terraform'
import { importTerraform, type ImportOptions, type ImportReport, type ImportResult, type SourceFile } from '.'

/**
 * What an import must understand of Terraform written the way real projects write it: one fixture
 * per style in test-fixtures/terraform/ (each folder's README says which), read from disk as a user
 * picks a folder, and the parts of the design that matter asserted: subnets per tier and AZ, NAT,
 * services, the database, and which security group admits which on which port.
 */

const FIXTURES = join(__dirname, '../../test-fixtures/terraform')

/** Every file of a fixture folder, its path relative to the folder, as the file picker gives them. */
function readFixture(name: string, options: { without?: string[] } = {}): SourceFile[] {
  const root = join(FIXTURES, name)
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? walk(join(dir, entry)) : [join(dir, entry)]))
  return walk(root)
    .map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') }))
    .filter((file) => !(options.without ?? []).includes(file.path))
}

async function importFixture(name: string, options: { without?: string[] } & ImportOptions = {}) {
  const { without, ...importOptions } = options
  return importTerraform(readFixture(name, { without }), importOptions)
}

/** The imported scenario; a failed import fails the test with its errors, so the owner sees why. */
function scenarioOf(result: ImportResult): { scenario: Scenario; config: ArchitectureConfig; report: ImportReport } {
  if (!result.ok) expect.fail(`import failed: ${JSON.stringify(result.errors)}`)
  return { scenario: result.scenario, config: result.scenario.config, report: result.report }
}

function onlyService(config: ArchitectureConfig): Service {
  expect(config.services).toHaveLength(1)
  return config.services[0]!
}

function serviceOnPort(config: ArchitectureConfig, port: number): Service {
  const service = config.services.find((s) => s.port === port)
  if (!service) expect.fail(`no service on port ${port}: ${JSON.stringify(config.services.map((s) => [s.id, s.port]))}`)
  return service
}

type Peer = { cidr: string } | { groups: string[] } | { prefixList: 'cloudfront-origin-facing' }

/** Some group of `groups` admits TCP on `port` from `peer` (a CIDR, any of some groups, or a prefix list). */
function admits(config: ArchitectureConfig, groups: string[], port: number, peer: Peer): boolean {
  return config.securityGroups
    .filter((sg) => groups.includes(sg.id))
    .some((sg) =>
      sg.ingress.some((rule) => {
        if (rule.protocol === 'udp' || port < rule.fromPort || port > rule.toPort) return false
        if ('cidr' in peer) return rule.peer.kind === 'cidr' && rule.peer.cidr === peer.cidr
        if ('groups' in peer) return rule.peer.kind === 'sg' && peer.groups.includes(rule.peer.sgId)
        return rule.peer.kind === 'prefix-list' && rule.peer.name === peer.prefixList
      }),
    )
}

/** Who admits whom, worded for a failure message. */
function describeGroups(config: ArchitectureConfig): string {
  return config.securityGroups
    .map((sg) => `${sg.id}: ${sg.ingress.map((r) => `${r.fromPort}-${r.toPort} from ${r.peer.kind === 'sg' ? r.peer.sgId : r.peer.kind === 'cidr' ? r.peer.cidr : r.peer.name}`).join(', ')}`)
    .join(' | ')
}

/**
 * The chain of a three-tier web application: the world (or CloudFront) reaches the load balancer on
 * each listener port, the load balancer reaches the service on its port, the service reaches the
 * database on its port, and the internet gets to the database only through the application
 * (lib/security's reachability).
 */
function expectThreeTierChain(config: ArchitectureConfig, service: Service, entry: { ports: number[]; from: Peer }) {
  const lb = config.loadBalancers.find((l) => l.id === service.loadBalancer)
  if (!lb) expect.fail(`service ${service.id} has no load balancer: ${JSON.stringify(config.loadBalancers.map((l) => l.id))}`)
  const groups = describeGroups(config)
  for (const port of entry.ports) expect(admits(config, lb.securityGroups, port, entry.from), `load balancer admits ${port}; ${groups}`).toBe(true)
  expect(admits(config, service.securityGroups, service.port, { groups: lb.securityGroups }), `service admits ${service.port} from the load balancer; ${groups}`).toBe(true)
  expect(admits(config, config.database.securityGroups, config.database.port, { groups: service.securityGroups }), `database admits ${config.database.port} from the service; ${groups}`).toBe(true)
  const reach = answerReachability(config, 'internet', 'database', config.database.port)
  expect(reach.direct).toBe(false)
  expect(reach.access).toBe('through-application')
}

function expectTiers(config: ArchitectureConfig, azCount: number, appRoute: 'nat' | 'none') {
  expect(config.network.azCount).toBe(azCount)
  expect(config.network.internetGateway).toBe(true)
  expect(config.network.routing.public.defaultRoute).toBe('igw')
  expect(config.network.routing['private-app'].defaultRoute).toBe(appRoute)
  expect(config.network.routing['private-db'].defaultRoute).toBe('none')
}

/** Every address Terraform would create for these resources is in `understood`. */
function expectUnderstood(report: ImportReport, addresses: string[]) {
  const understood = new Set(report.understood.map((u) => u.address))
  expect(addresses.filter((a) => !understood.has(a))).toEqual([])
}

const indexed = (resource: string, keys: (string | number)[]) => keys.map((k) => `${resource}[${typeof k === 'number' ? k : JSON.stringify(k)}]`)

describe('vars-and-tfvars: variable defaults, terraform.tfvars, a -var-file and -var', () => {
  it('takes terraform.tfvars over the defaults when prod.tfvars is not given', async () => {
    const { config, report } = scenarioOf(await importFixture('vars-and-tfvars', { without: ['prod.tfvars'] }))
    expect(config.region).toBe('ap-northeast-2')
    expectTiers(config, 2, 'nat')
    expect(config.network.nat.mode).toBe('single')
    const app = onlyService(config)
    expect(app.compute).toMatchObject({ kind: 'fargate', vcpu: 0.5, memoryGb: 1 })
    expect(app.count).toEqual({ min: 1, desired: 2, max: 6 })
    expect(app.scaling).toMatchObject({ policy: 'target-tracking', metric: 'cpu', target: 60 })
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.t3.small', multiAz: false, storageGb: 20 })
    expectUnderstood(report, [...indexed('aws_subnet.public', [0, 1]), ...indexed('aws_subnet.private', [0, 1]), ...indexed('aws_subnet.database', [0, 1])])
    expectThreeTierChain(config, app, { ports: [80, 443], from: { cidr: '0.0.0.0/0' } })
  })

  it('applies prod.tfvars, given as a var file, after terraform.tfvars', async () => {
    const { config, report } = scenarioOf(await importFixture('vars-and-tfvars'))
    expectTiers(config, 3, 'nat')
    expect(config.network.nat.mode).toBe('per-az')
    const app = onlyService(config)
    expect(app.compute).toMatchObject({ kind: 'fargate', vcpu: 1, memoryGb: 2 })
    expect(app.count).toEqual({ min: 4, desired: 4, max: 12 })
    expect(config.database).toMatchObject({ instanceClass: 'db.r6g.large', multiAz: true, storageGb: 100, backupRetentionDays: 14 })
    expectUnderstood(report, [...indexed('aws_subnet.private', [0, 1, 2]), ...indexed('aws_nat_gateway.this', [0, 1, 2])])
  })

  it('lets a -var argument win over every file', async () => {
    const { config } = scenarioOf(await importFixture('vars-and-tfvars', { vars: { app_desired_count: '6', db_multi_az: 'false' } }))
    expect(onlyService(config).count).toEqual({ min: 4, desired: 6, max: 12 })
    expect(config.database.multiAz).toBe(false)
  })

  it('parses a -var for a list variable as Terraform does (HCL syntax)', async () => {
    const { config } = scenarioOf(await importFixture('vars-and-tfvars', { without: ['prod.tfvars'], vars: { azs: '["ap-northeast-2a", "ap-northeast-2b", "ap-northeast-2c"]' } }))
    expect(config.network.azCount).toBe(3)
  })

  it('falls back to the variables’ defaults without any tfvars', async () => {
    const { config } = scenarioOf(await importFixture('vars-and-tfvars', { without: ['prod.tfvars', 'terraform.tfvars'] }))
    expect(config.region).toBe('us-east-1')
    expect(config.network.azCount).toBe(2)
    expect(onlyService(config).compute).toMatchObject({ vcpu: 0.25, memoryGb: 0.5 })
    expect(onlyService(config).count).toEqual({ min: 1, desired: 1, max: 4 })
    expect(config.database.instanceClass).toBe('db.t3.micro')
  })
})

describe('count-and-for-each: subnets by count, services and rules by for_each', () => {
  it('expands count over the AZs and for_each over the services and rules', async () => {
    const { config, report } = scenarioOf(await importFixture('count-and-for-each'))
    expect(config.region).toBe('us-west-2')
    expectTiers(config, 3, 'nat')
    expect(config.network.nat.mode).toBe('per-az')
    expect(config.services).toHaveLength(2)
    const web = serviceOnPort(config, 3000)
    const api = serviceOnPort(config, 8080)
    expect(web.compute).toEqual(expect.objectContaining({ kind: 'fargate', architecture: 'arm', vcpu: 0.25, memoryGb: 0.5 }))
    expect(api.compute).toEqual(expect.objectContaining({ kind: 'fargate', architecture: 'arm', vcpu: 0.5, memoryGb: 1 }))
    expect([web.count.desired, api.count.desired]).toEqual([2, 3])
    expect(config.database).toMatchObject({ engine: 'mysql', instanceClass: 'db.t4g.medium', multiAz: true, storageGb: 50, maxStorageGb: 200 })
    expectUnderstood(report, [
      ...indexed('aws_subnet.public', [0, 1, 2]),
      ...indexed('aws_subnet.app', [0, 1, 2]),
      ...indexed('aws_subnet.data', [0, 1, 2]),
      ...indexed('aws_ecs_service.svc', ['api', 'web']),
      ...indexed('aws_security_group_rule.alb_ingress', ['http', 'https']),
      ...indexed('aws_security_group_rule.app_from_alb', ['api', 'web']),
    ])
    expectThreeTierChain(config, web, { ports: [80, 443], from: { cidr: '0.0.0.0/0' } })
    expectThreeTierChain(config, api, { ports: [80, 443], from: { cidr: '0.0.0.0/0' } })
  })
})

describe('local-modules: a network module feeding an app module its outputs', () => {
  it('expands both modules and follows module.network.private_subnet_ids into the app', async () => {
    const { config, report } = scenarioOf(await importFixture('local-modules'))
    expect(config.region).toBe('eu-central-1')
    expectTiers(config, 2, 'nat')
    expect(config.network.nat.mode).toBe('single')
    const service = onlyService(config)
    expect(service.port).toBe(8000)
    expect(service.compute).toMatchObject({ kind: 'fargate', vcpu: 1, memoryGb: 2 })
    expect(service.count.desired).toBe(2)
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.m6g.large', multiAz: true, storageGb: 100 })
    expect(config.loadBalancers[0]?.listeners).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ port: 80, protocol: 'HTTP', redirectToHttps: true }),
        expect.objectContaining({ port: 443, protocol: 'HTTPS' }),
      ]),
    )
    expectUnderstood(report, [
      ...indexed('module.network.aws_subnet.public', ['eu-central-1a', 'eu-central-1b']),
      ...indexed('module.network.aws_subnet.private', ['eu-central-1a', 'eu-central-1b']),
      ...indexed('module.network.aws_subnet.database', ['eu-central-1a', 'eu-central-1b']),
      'module.app.aws_ecs_service.this',
      'module.app.aws_db_instance.this',
    ])
    expectThreeTierChain(config, service, { ports: [80, 443], from: { cidr: '0.0.0.0/0' } })
  })
})

describe('legacy-alb: aws_alb names and 0.11-style interpolation', () => {
  it('reads aws_alb, aws_alb_listener and aws_alb_target_group as a load balancer', async () => {
    const result = await importFixture('legacy-alb')
    const { config, report } = scenarioOf(result)
    expect(config.region).toBe('us-east-1')
    // The public subnets use the VPC's main route table, which an aws_route points at the IGW.
    expectTiers(config, 2, 'nat')
    expect(config.network.nat.mode).toBe('per-az')
    expect(config.loadBalancers).toHaveLength(1)
    expect(config.loadBalancers[0]?.listeners).toEqual([expect.objectContaining({ port: 80, protocol: 'HTTP' })])
    const service = onlyService(config)
    expect(service).toMatchObject({ port: 3000, count: { desired: 3 } })
    expect(service.compute).toMatchObject({ kind: 'fargate', vcpu: 0.25, memoryGb: 0.5 })
    expect(config.database).toMatchObject({ engine: 'mysql', instanceClass: 'db.t3.micro', multiAz: false })
    expectUnderstood(report, ['aws_alb.ledger', 'aws_alb_listener.ledger_http', 'aws_alb_target_group.ledger'])
    expectThreeTierChain(config, service, { ports: [80], from: { cidr: '0.0.0.0/0' } })
  })

  it('keeps the database password out of everything it returns', async () => {
    const result = await importFixture('legacy-alb')
    expect(JSON.stringify(result)).not.toContain('ledger-Secret-42')
  })
})

describe('sg-rules-mixed: inline blocks, aws_security_group_rule and aws_vpc_security_group_ingress_rule', () => {
  it('joins the three ways of writing rules into one chain internet → ALB → app → database', async () => {
    const { config, report } = scenarioOf(await importFixture('sg-rules-mixed'))
    expect(config.region).toBe('ap-northeast-1')
    expectTiers(config, 2, 'none')
    expect(config.network.nat.mode).toBe('none')
    expect(config.network.vpcEndpoints).toEqual(expect.arrayContaining(['s3', 'ecr-api', 'ecr-dkr', 'logs', 'secretsmanager']))
    const api = onlyService(config)
    expect(api).toMatchObject({ port: 9000, count: { desired: 2 } })
    expect(api.compute).toMatchObject({ kind: 'fargate', architecture: 'arm', vcpu: 0.25, memoryGb: 0.5 })
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.t4g.micro', multiAz: false })
    expectUnderstood(report, ['aws_security_group_rule.app_from_alb', 'aws_vpc_security_group_ingress_rule.db_from_app'])
    expectThreeTierChain(config, api, { ports: [443, 80], from: { cidr: '0.0.0.0/0' } })
  })
})

describe('provider-aliases: a Seoul design with CloudFront and WAF through aws.us_east_1', () => {
  it('takes the region from the default provider and the edge from the aliased one', async () => {
    const { config, report } = scenarioOf(await importFixture('provider-aliases'))
    expect(config.region).toBe('ap-northeast-2')
    expectTiers(config, 2, 'nat')
    expect(config.network.nat.mode).toBe('single')
    expect(config.edge.cloudfront).toBe(true)
    expect(config.edge.waf).toEqual({ enabled: true, rules: 3 })
    const web = onlyService(config)
    expect(web.compute).toMatchObject({ kind: 'fargate', vcpu: 2, memoryGb: 4 })
    expect(web.count.desired).toBe(3)
    expect(config.database).toMatchObject({ engine: 'mysql', instanceClass: 'db.m6g.large', multiAz: true })
    expectUnderstood(report, ['aws_cloudfront_distribution.cdn', 'aws_wafv2_web_acl.cdn'])
    // CloudFront's origin-facing managed prefix list (data.aws_ec2_managed_prefix_list) is the
    // model's 'cloudfront-origin-facing' peer, not a rule to leave out.
    expectThreeTierChain(config, web, { ports: [443], from: { prefixList: 'cloudfront-origin-facing' } })
  })
})

describe('ecs-on-ec2-asg: ECS on an EC2 Auto Scaling group with Spot', () => {
  it('sizes the service by the group: instance type, on-demand base, min/desired/max', async () => {
    const { scenario, config } = scenarioOf(await importFixture('ecs-on-ec2-asg'))
    expect(config.region).toBe('us-east-2')
    expectTiers(config, 2, 'nat')
    const api = onlyService(config)
    expect(api.compute).toMatchObject({ kind: 'ec2', instanceType: 't3.medium', onDemandBase: 1 })
    expect(api.count).toEqual({ min: 2, desired: 3, max: 6 })
    expect(api.port).toBe(8080)
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.r6g.xlarge', multiAz: true, readReplicas: 1, maxStorageGb: 1000 })
    expectThreeTierChain(config, api, { ports: [80], from: { cidr: '0.0.0.0/0' } })
    // One on-demand instance, the other two on Spot (on_demand_percentage_above_base_capacity = 0).
    const lines = evaluateScenario(scenario).cost.lines
    expect(lines.find((l) => l.id === `ec2:${api.id}`)?.quantity).toBe(730)
    expect(lines.find((l) => l.id === `ec2-spot:${api.id}`)?.quantity).toBe(2 * 730)
  })
})

describe('unknown-rds-class: db.m9.mega', () => {
  it('imports the class as written and prices it as unknown', async () => {
    const { scenario, config } = scenarioOf(await importFixture('unknown-rds-class'))
    expect(config.database.instanceClass).toBe('db.m9.mega')
    expectTiers(config, 2, 'nat')
    expectThreeTierChain(config, onlyService(config), { ports: [80], from: { cidr: '0.0.0.0/0' } })
    const cost = evaluateScenario(scenario).cost
    const instance = cost.lines.find((l) => l.id === 'rds-instance')
    expect(instance?.price.status).toBe('unknown')
    expect(instance?.monthlyUsd).toBeNull()
    expect(cost.complete).toBe(false)
    expect(cost.unknownLines).toContain('rds-instance')
    // The rest of the bill is still priced.
    expect(cost.lines.filter((l) => l.id.startsWith('fargate-vcpu:')).every((l) => l.monthlyUsd !== null)).toBe(true)
  })
})

describe('region-outside-catalog: sa-east-1 in Terraform JSON syntax', () => {
  it('keeps São Paulo as the region and leaves its prices unknown', async () => {
    const { scenario, config } = scenarioOf(await importFixture('region-outside-catalog'))
    expect(config.region).toBe('sa-east-1')
    expectTiers(config, 2, 'nat')
    expect(config.network.nat.mode).toBe('single')
    const api = onlyService(config)
    expect(api).toMatchObject({ port: 8443, count: { desired: 2 } })
    expect(api.compute).toMatchObject({ kind: 'fargate', vcpu: 1, memoryGb: 3 })
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.t3.medium', multiAz: true })
    expectThreeTierChain(config, api, { ports: [443], from: { cidr: '0.0.0.0/0' } })
    const cost = evaluateScenario(scenario).cost
    expect(cost.complete).toBe(false)
    const regional = cost.lines.filter((l) => l.id === 'rds-instance' || l.id.startsWith('fargate-vcpu:') || l.id === 'nat-gateway-hours')
    expect(regional.map((l) => l.id)).toEqual(expect.arrayContaining(['rds-instance']))
    for (const line of regional) expect(line.monthlyUsd, line.id).toBeNull()
  })
})

describe('required-variables: variables without defaults and no tfvars', () => {
  const variables = ['region', 'environment', 'app_image', 'app_desired_count', 'app_cpu', 'app_memory', 'db_instance_class', 'db_password']
  // The model fields those variables would have set: each is reported as assumed, saying why.
  const fields = ['region', 'services[app].count', 'services[app].compute.vcpu', 'services[app].compute.memoryGb', 'database.instanceClass']

  it('imports, and notes every variable that has no value', async () => {
    const { report } = scenarioOf(await importFixture('required-variables'))
    const noted = report.notes.filter((n) => n.code === 'import.variable-without-value').map((n) => (n.params as { variable: string }).variable)
    expect([...noted].sort()).toEqual([...variables].sort())
  })

  it('reports each model field those variables set as assumed, saying its variable had no value', async () => {
    const { report } = scenarioOf(await importFixture('required-variables'))
    const assumedFor = (field: string) => report.assumed.find((a) => a.field.startsWith(field))
    expect(fields.filter((field) => !assumedFor(field)), JSON.stringify(report.assumed.map((a) => a.field))).toEqual([])
    const saysWhy = (field: string) => /missing-variable|variable-without-value/.test(JSON.stringify(assumedFor(field)?.why))
    expect(fields.filter((field) => assumedFor(field) && !saysWhy(field))).toEqual([])
  })
})

describe('required-variables given on the command line', () => {
  it('takes every value from -var and assumes none of them', async () => {
    const vars = { region: 'eu-west-1', environment: 'prod', app_image: 'catalog:1', app_desired_count: '4', app_cpu: '1024', app_memory: '2048', db_instance_class: 'db.m6g.large', db_password: 'from-the-pipeline' }
    const result = await importFixture('required-variables', { vars })
    const { config, report } = scenarioOf(result)
    expect(config.region).toBe('eu-west-1')
    expect(onlyService(config).count.desired).toBe(4)
    expect(onlyService(config).compute).toMatchObject({ vcpu: 1, memoryGb: 2 })
    expect(config.database.instanceClass).toBe('db.m6g.large')
    expect(report.notes.filter((n) => n.code === 'import.variable-without-value')).toEqual([])
    expect(JSON.stringify(result)).not.toContain('from-the-pipeline')
  })
})

describe('extra-providers: random, null and template beside AWS', () => {
  it('skips random_password, null_resource and template_file, each with a note naming its provider', async () => {
    const { config, report } = scenarioOf(await importFixture('extra-providers'))
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.address, s]))
    for (const [address, provider] of [
      ['random_password.db', 'random'],
      ['null_resource.migrate', 'null'],
      ['data.template_file.containers', 'template'],
    ] as const) {
      expect(skipped[address], `${address} in ${JSON.stringify(Object.keys(skipped))}`).toBeDefined()
      expect(skipped[address]!.why).toMatchObject({ code: 'import.skipped.other-provider', params: { provider } })
    }
    // What AWS runs is still imported: the service's port comes from its load_balancer block.
    const web = onlyService(config)
    expect(web).toMatchObject({ port: 3000, count: { desired: 2 } })
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.t3.medium' })
    expectThreeTierChain(config, web, { ports: [80], from: { cidr: '0.0.0.0/0' } })
  })
})

describe('broken: a list without its comma', () => {
  it('imports nothing and names the file, line and column', async () => {
    const result = await importFixture('broken')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([expect.objectContaining({ code: 'import.syntax-error', where: { file: 'main.tf', line: 112, column: 36 } })])
  })
})

describe('registry-module: terraform-aws-modules/vpc/aws', () => {
  it('imports what it can read and notes the module it cannot fetch', async () => {
    const { config, report } = scenarioOf(await importFixture('registry-module'))
    const note = report.notes.find((n) => n.code === 'import.registry-module')
    expect(note?.params).toMatchObject({ source: 'terraform-aws-modules/vpc/aws' })
    expect(JSON.stringify(note?.params)).toContain('vpc')
    expect(sayImport('en', note!)).toContain('terraform show -json')
    expect(config.region).toBe('eu-west-1')
    const app = onlyService(config)
    expect(app).toMatchObject({ port: 8080, count: { desired: 2 } })
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.t4g.large', multiAz: true })
    const lb = config.loadBalancers[0]!
    expect(admits(config, lb.securityGroups, 80, { cidr: '0.0.0.0/0' })).toBe(true)
    expect(admits(config, app.securityGroups, 8080, { groups: lb.securityGroups })).toBe(true)
    expect(admits(config, config.database.securityGroups, 5432, { groups: app.securityGroups })).toBe(true)
  })

  it('assumes a network the internet-facing load balancer can work in', async () => {
    // The module's VPC is not read, but an internet-facing ALB in its public subnets needs an internet gateway.
    const { config } = scenarioOf(await importFixture('registry-module'))
    expect(config.network.internetGateway).toBe(true)
    expectThreeTierChain(config, onlyService(config), { ports: [80], from: { cidr: '0.0.0.0/0' } })
  })
})

describe('plan-json: terraform show -json of the local-modules plan', () => {
  it('imports to the same design as the configuration it was planned from', async () => {
    const fromPlan = scenarioOf(await importFixture('plan-json')).config
    const fromHcl = scenarioOf(await importFixture('local-modules')).config
    expect(fromPlan.region).toBe('eu-central-1')
    expect(fromPlan.network).toEqual(fromHcl.network)
    expect(fromPlan.services.map((s) => [s.port, s.compute, s.count])).toEqual(fromHcl.services.map((s) => [s.port, s.compute, s.count]))
    expect(fromPlan.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.m6g.large', multiAz: true, storageGb: 100 })
    expect(fromPlan.loadBalancers.map((l) => l.listeners)).toEqual(fromHcl.loadBalancers.map((l) => l.listeners))
    // A plan of new resources has no ids yet: which group admits which comes from the configuration's references.
    expectThreeTierChain(fromPlan, onlyService(fromPlan), { ports: [80, 443], from: { cidr: '0.0.0.0/0' } })
  })
})

describe('state-json: terraform show -json of the legacy-alb state', () => {
  it('imports to the same design as the configuration that was applied, linking resources by their ids', async () => {
    const result = await importFixture('state-json')
    const fromState = scenarioOf(result)
    const fromHcl = scenarioOf(await importFixture('legacy-alb')).config
    // No provider block in a state: the region comes from the ARNs.
    expect(fromState.config.region).toBe('us-east-1')
    expect(fromState.config.network).toEqual(fromHcl.network)
    expect(fromState.config.services.map((s) => [s.port, s.compute, s.count])).toEqual(fromHcl.services.map((s) => [s.port, s.compute, s.count]))
    expect(fromState.config.database).toMatchObject({ engine: 'mysql', instanceClass: 'db.t3.micro', multiAz: false, storageGb: 20 })
    expect(fromState.config.loadBalancers.map((l) => l.listeners)).toEqual(fromHcl.loadBalancers.map((l) => l.listeners))
    expectUnderstood(fromState.report, ['aws_alb.ledger', 'aws_alb_listener.ledger_http', 'aws_alb_target_group.ledger', 'aws_ecs_service.ledger', 'aws_db_instance.ledger'])
    expectThreeTierChain(fromState.config, onlyService(fromState.config), { ports: [80], from: { cidr: '0.0.0.0/0' } })
    expect(JSON.stringify(result)).not.toContain('ledger-Secret-42')
  })
})

describe('startup-extras: NAT instance, bastion, Redis, dynamic blocks, auto.tfvars and tfvars.json', () => {
  it('understands the cheaper pieces a startup picks and the values split across its tfvars', async () => {
    const { config, report } = scenarioOf(await importFixture('startup-extras'))
    expect(config.region).toBe('ap-northeast-2')
    expectTiers(config, 2, 'nat')
    expect(config.network.nat).toEqual({ mode: 'instance', instanceType: 't4g.nano' })
    const web = onlyService(config)
    // terraform.tfvars.json sets the desired count; the scaling target its range.
    expect(web.count).toEqual({ min: 2, desired: 2, max: 8 })
    // ALBRequestCountPerTarget is a count per minute (EC2 Auto Scaling API Reference, TargetTrackingConfiguration,
    // TargetValue: "specify the target utilization as the optimal average request or message count per instance
    // during any one-minute interval"); the model's target is requests per second per target.
    expect(web.scaling).toMatchObject({ policy: 'target-tracking', metric: 'requests-per-target' })
    expect(web.scaling.target).toBeCloseTo(500 / 60)
    expect(web.compute).toMatchObject({ kind: 'fargate', vcpu: 0.5, memoryGb: 1 })
    expect(config.database).toMatchObject({ engine: 'postgresql', instanceClass: 'db.t4g.small', backupRetentionDays: 3 })
    expect(config.cache).toMatchObject({ engine: 'redis', nodeType: 'cache.t4g.small', nodes: 2, encrypted: true })
    expect(config.adminAccess.bastion?.instanceType).toBe('t3.micro')
    expect(config.monitoring).toMatchObject({ alarms: 2, logRetentionDays: 14 })
    // The dynamic block's two rules, the office range from settings.auto.tfvars, the database open to the bastion too.
    expectThreeTierChain(config, web, { ports: [80, 443], from: { cidr: '0.0.0.0/0' } })
    expect(admits(config, config.adminAccess.bastion!.securityGroups, 22, { cidr: '203.0.113.0/24' }), describeGroups(config)).toBe(true)
    expect(admits(config, config.database.securityGroups, 5432, { groups: config.adminAccess.bastion!.securityGroups })).toBe(true)
    expect(admits(config, config.cache!.securityGroups, 6379, { groups: web.securityGroups })).toBe(true)
    expectUnderstood(report, ['aws_instance.nat', 'aws_instance.bastion', 'aws_elasticache_replication_group.sessions'])
  })
})

describe('every fixture that writes out a whole design', () => {
  // The registry module's VPC is not read, so its network is not whole; the broken one does not import.
  const whole = ['vars-and-tfvars', 'count-and-for-each', 'local-modules', 'legacy-alb', 'sg-rules-mixed', 'provider-aliases', 'ecs-on-ec2-asg', 'unknown-rds-class', 'region-outside-catalog', 'required-variables', 'extra-providers', 'plan-json', 'state-json', 'startup-extras']
  for (const name of whole)
    it(`${name} imports as a design that can start (no design-check blocker)`, async () => {
      const { scenario } = scenarioOf(await importFixture(name))
      expect(evaluateScenario(scenario).design.blockers).toEqual([])
    })
  for (const name of whole)
    it(`${name}: exporting the imported design and importing that gives the same design back`, async () => {
      const { scenario } = scenarioOf(await importFixture(name))
      const exported = exportTerraform(scenario.config, { requirements: scenario.requirements }).files.map((f) => ({ path: f.name, text: f.content }))
      expect(scenarioOf(await importTerraform(exported)).scenario).toEqual(scenario)
    })
})

describe('every fixture’s report', () => {
  const all = readdirSync(FIXTURES).filter((name) => statSync(join(FIXTURES, name)).isDirectory())
  for (const name of all)
    it(`${name}: every note, assumption, skip and refusal has words in English and Korean`, async () => {
      const result = await importFixture(name)
      const reasons = result.ok ? [...result.report.notes, ...result.report.assumed.map((a) => a.why), ...result.report.skipped.map((s) => s.why)] : result.errors
      expect(reasons.length).toBeGreaterThan(0)
      for (const reason of reasons)
        for (const locale of ['en', 'ko'] as const) expect(sayImport(locale, reason), `${reason.code} in ${locale}`).not.toBe('')
    })
})
