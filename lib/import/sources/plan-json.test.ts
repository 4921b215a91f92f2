import { describe, expect, it } from 'vitest'
import type { ResourceInstance } from '../types'
import { readPlanJson } from './plan-json'

/**
 * Hand-written excerpts in the shapes "JSON Output Format" (Terraform internals docs) describes and
 * Terraform 1.11.4's `terraform show -json` prints: `planned_values` holds what is known,
 * `resource_changes[].change.after_unknown` flags what is not, `configuration` holds each
 * expression's `references`, most specific first.
 */
const PLAN = {
  format_version: '1.2',
  terraform_version: '1.11.4',
  variables: { region: { value: 'ap-northeast-2' }, db_password: { value: 'hunter2-plan-secret' } },
  planned_values: {
    root_module: {
      resources: [
        res('aws_vpc.main', { cidr_block: '10.0.0.0/16', tags: null }),
        { ...res('aws_subnet.app[0]', { cidr_block: '10.0.0.0/24', availability_zone: 'ap-northeast-2a' }), index: 0 },
        { ...res('aws_subnet.app[1]', { cidr_block: '10.0.1.0/24', availability_zone: 'ap-northeast-2c' }), index: 1 },
        res('aws_lb.web', { load_balancer_type: 'application', internal: false }),
        res('aws_ecs_service.api', { desired_count: 2, network_configuration: [{ assign_public_ip: false }], load_balancer: [{ container_port: 8080 }] }),
        res('aws_db_instance.db', { engine: 'postgres', instance_class: 'db.t3.micro', multi_az: true, password: 'hunter2-plan-secret' }, { password: true }),
        res('aws_route_table_association.app', {}),
        res('aws_s3_bucket.logs', { bucket: 'logs' }),
      ],
      child_modules: [
        {
          address: 'module.net',
          resources: [res('module.net.aws_route_table.private', {}), { ...res('module.net.aws_subnet.db["a"]', { cidr_block: '10.0.10.0/24' }), index: 'a' }],
        },
      ],
    },
  },
  resource_changes: [
    change('aws_subnet.app[0]', { id: true, arn: true, vpc_id: true }),
    change('aws_subnet.app[1]', { id: true, arn: true, vpc_id: true }),
    change('aws_lb.web', { id: true, subnets: true, security_groups: true }, { subnets: [], security_groups: [] }),
    change('aws_ecs_service.api', { cluster: true, network_configuration: [{ subnets: [true, true] }], load_balancer: [{ target_group_arn: true }] }),
    change('aws_db_instance.db', { id: true, vpc_security_group_ids: true }, { password: true, vpc_security_group_ids: [] }),
    change('aws_route_table_association.app', { route_table_id: true, subnet_id: true }),
    change('module.net.aws_route_table.private', { id: true, vpc_id: true }),
    change('module.net.aws_subnet.db["a"]', { id: true, vpc_id: true }),
  ],
  configuration: {
    provider_config: {
      aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { references: ['var.region'] } } },
      'aws.use1': { name: 'aws', alias: 'use1', expressions: { region: { constant_value: 'us-east-1' } } },
    },
    root_module: {
      resources: [
        cfg('aws_subnet.app', { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } }),
        // `subnets = aws_subnet.app[*].id`: a splat stops at the resource.
        cfg('aws_lb.web', { subnets: { references: ['aws_subnet.app'] }, security_groups: { references: ['aws_security_group.web.id', 'aws_security_group.web'] } }),
        cfg('aws_ecs_service.api', {
          cluster: { references: ['aws_ecs_cluster.main.id', 'aws_ecs_cluster.main'] },
          network_configuration: [{ subnets: { references: ['aws_subnet.app[0].id', 'aws_subnet.app[0]', 'aws_subnet.app[1].id', 'aws_subnet.app[1]', 'aws_subnet.app'] } }],
          load_balancer: [{ target_group_arn: { references: ['aws_lb_target_group.api.arn', 'aws_lb_target_group.api'] } }],
        }),
        cfg('aws_db_instance.db', { password: { references: ['var.db_password'] }, vpc_security_group_ids: { references: ['aws_security_group.db.id', 'aws_security_group.db'] } }),
        cfg('aws_route_table_association.app', {
          route_table_id: { references: ['module.net.private_route_table_id', 'module.net'] },
          subnet_id: { references: ['aws_subnet.app[0].id', 'aws_subnet.app[0]', 'aws_subnet.app'] },
        }),
        { ...cfg('aws_s3_bucket.logs', {}), provider_config_key: 'aws.use1' },
      ],
      module_calls: {
        net: {
          source: './modules/net',
          expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] } },
          module: {
            outputs: { private_route_table_id: { expression: { references: ['aws_route_table.private.id', 'aws_route_table.private'] } } },
            resources: [cfg('aws_route_table.private', { vpc_id: { references: ['var.vpc_id'] } }), cfg('aws_subnet.db', { vpc_id: { references: ['var.vpc_id'] } })],
          },
        },
      },
    },
  },
}

function res(address: string, values: Record<string, unknown>, sensitive: Record<string, unknown> = {}) {
  const [type, name] = address.replace(/^module\.\w+\./, '').replace(/\[.*$/, '').split('.')
  return { address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', values, sensitive_values: sensitive }
}
function change(address: string, after_unknown: unknown, after_sensitive: unknown = {}) {
  return { address, change: { actions: ['create'], after_unknown, after_sensitive } }
}
function cfg(address: string, expressions: Record<string, unknown>) {
  const [type, name] = address.split('.')
  return { address, mode: 'managed', type, name, provider_config_key: 'aws', expressions }
}

function read(document: unknown, path = 'plan.json') {
  const result = readPlanJson({ path, text: JSON.stringify(document) })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.configuration
}
const byAddress = (instances: ResourceInstance[], address: string) => instances.find((i) => i.address === address)!

describe('readPlanJson: a plan', () => {
  const configuration = read(PLAN)
  const values = (address: string) => byAddress(configuration.instances, address).values

  it('lists every planned instance with its address, index, module and provider', () => {
    expect(configuration.instances.map((i) => i.address)).toEqual([
      'aws_vpc.main', 'aws_subnet.app[0]', 'aws_subnet.app[1]', 'aws_lb.web', 'aws_ecs_service.api', 'aws_db_instance.db',
      'aws_route_table_association.app', 'aws_s3_bucket.logs', 'module.net.aws_route_table.private', 'module.net.aws_subnet.db["a"]',
    ])
    expect(byAddress(configuration.instances, 'aws_subnet.app[1]')).toMatchObject({ mode: 'managed', type: 'aws_subnet', name: 'app', index: 1, provider: 'aws' })
    expect(byAddress(configuration.instances, 'module.net.aws_subnet.db["a"]')).toMatchObject({ name: 'db', index: 'a', module: 'module.net' })
    expect(byAddress(configuration.instances, 'aws_s3_bucket.logs').provider).toBe('aws.use1')
    expect(byAddress(configuration.instances, 'aws_vpc.main').where).toMatchObject({ file: 'plan.json', line: 1 })
  })

  it('keeps known values and leaves out nulls, which Terraform writes for arguments not set', () => {
    expect(values('aws_vpc.main')).toEqual({ cidr_block: '10.0.0.0/16' })
    expect(values('aws_subnet.app[0]')).toMatchObject({ cidr_block: '10.0.0.0/24', availability_zone: 'ap-northeast-2a' })
  })

  it('turns an attribute known only after apply into a reference to what its expression names', () => {
    expect(values('aws_subnet.app[0]').vpc_id).toEqual({ $ref: 'aws_vpc.main', attribute: 'id' })
    expect(values('aws_ecs_service.api').cluster).toEqual({ $ref: 'aws_ecs_cluster.main', attribute: 'id' })
    expect(values('aws_ecs_service.api').load_balancer).toEqual([{ container_port: 8080, target_group_arn: { $ref: 'aws_lb_target_group.api', attribute: 'arn' } }])
    // A computed attribute no expression sets (the id) is left out, as the .tf files leave it out.
    expect(values('aws_subnet.app[0]')).not.toHaveProperty('id')
  })

  it('keeps the index of a reference to one counted instance', () => {
    expect(values('aws_route_table_association.app').subnet_id).toEqual({ $ref: 'aws_subnet.app[0]', attribute: 'id' })
  })

  it('makes a splat of a counted resource a list of references to every instance', () => {
    expect(values('aws_lb.web').subnets).toEqual([
      { $ref: 'aws_subnet.app[0]', attribute: 'id' },
      { $ref: 'aws_subnet.app[1]', attribute: 'id' },
    ])
    // A set the provider marks as one (`[]` in after_sensitive) stays a list with one reference.
    expect(values('aws_lb.web').security_groups).toEqual([{ $ref: 'aws_security_group.web', attribute: 'id' }])
  })

  it('fills a list of unknown elements from its expression in order', () => {
    expect(values('aws_ecs_service.api').network_configuration).toEqual([
      { assign_public_ip: false, subnets: [{ $ref: 'aws_subnet.app[0]', attribute: 'id' }, { $ref: 'aws_subnet.app[1]', attribute: 'id' }] },
    ])
  })

  it('follows a module output and a module input variable to the resource behind them', () => {
    expect(values('aws_route_table_association.app').route_table_id).toEqual({ $ref: 'module.net.aws_route_table.private', attribute: 'id' })
    expect(values('module.net.aws_route_table.private').vpc_id).toEqual({ $ref: 'aws_vpc.main', attribute: 'id' })
  })

  it('reads each provider configuration\'s region, through a variable where it is one', () => {
    expect(configuration.providerRegions).toEqual({ aws: 'ap-northeast-2', 'aws.use1': 'us-east-1' })
  })

  it('drops sensitive values and says so, never keeping the secret', () => {
    expect(values('aws_db_instance.db')).not.toHaveProperty('password')
    expect(values('aws_db_instance.db').vpc_security_group_ids).toEqual([{ $ref: 'aws_security_group.db', attribute: 'id' }])
    expect(JSON.stringify(configuration)).not.toContain('hunter2')
    expect(configuration.notes).toContainEqual({ code: 'import.secret-dropped', params: { attribute: 'password' }, address: 'aws_db_instance.db' })
  })

  it('keeps the data sources Terraform read while planning (prior_state), not resources being destroyed', () => {
    const withPrior = {
      ...PLAN,
      prior_state: {
        format_version: '1.0',
        values: {
          root_module: {
            resources: [
              { ...res('aws_caller_identity.current', { account_id: '123456789012' }), address: 'data.aws_caller_identity.current', mode: 'data' },
              res('aws_instance.old', { instance_type: 't3.micro' }),
            ],
          },
        },
      },
    }
    const addresses = read(withPrior).instances.map((i) => i.address)
    expect(addresses).toContain('data.aws_caller_identity.current')
    expect(addresses).not.toContain('aws_instance.old')
  })

  it('reads ArchDeck\'s model facts from the output that carries them', () => {
    const facts = { archdeck: 1, name: 'SwiftLogix' }
    const withFacts = { ...PLAN, planned_values: { ...PLAN.planned_values, outputs: { archdeck_model_facts: { sensitive: false, value: JSON.stringify(facts) } } } }
    expect(read(withFacts).modelFacts).toEqual(facts)
    expect(configuration.modelFacts).toBeUndefined()
  })
})

describe('readPlanJson: expressions evaluated per instance', () => {
  const plan = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          { ...res('aws_subnet.public["a"]', {}), index: 'a' },
          { ...res('aws_subnet.public["b"]', {}), index: 'b' },
          { ...res('aws_route_table_association.public["a"]', {}), index: 'a' },
          { ...res('aws_route_table_association.public["b"]', {}), index: 'b' },
          { ...res('aws_nat_gateway.az[0]', {}), index: 0 },
          { ...res('aws_nat_gateway.az[1]', {}), index: 1 },
          { ...res('aws_eip.az[0]', {}), index: 0 },
          { ...res('aws_eip.az[1]', {}), index: 1 },
        ],
      },
    },
    resource_changes: [
      change('aws_route_table_association.public["a"]', { subnet_id: true }),
      change('aws_route_table_association.public["b"]', { subnet_id: true }),
      change('aws_nat_gateway.az[0]', { allocation_id: true }),
      change('aws_nat_gateway.az[1]', { allocation_id: true }),
    ],
    configuration: {
      root_module: {
        resources: [
          // for_each = aws_subnet.public; subnet_id = each.value.id
          { ...cfg('aws_route_table_association.public', { subnet_id: { references: ['each.value.id', 'each.value'] } }), for_each_expression: { references: ['aws_subnet.public'] } },
          // count = 2; allocation_id = aws_eip.az[count.index].id: a computed index stops the traversal.
          cfg('aws_nat_gateway.az', { allocation_id: { references: ['aws_eip.az', 'count.index'] } }),
        ],
      },
    },
  }
  const { instances } = read(plan)

  it('resolves each.value of a for_each over a resource to the instance with the same key', () => {
    expect(byAddress(instances, 'aws_route_table_association.public["b"]').values.subnet_id).toEqual({ $ref: 'aws_subnet.public["b"]', attribute: 'id' })
  })

  it('resolves a reference indexed by count.index to the instance with the same index', () => {
    expect(byAddress(instances, 'aws_nat_gateway.az[1]').values.allocation_id).toEqual({ $ref: 'aws_eip.az[1]', attribute: 'id' })
  })

  it('gives a set of inline blocks the order the configuration writes them in, not the plan\'s', () => {
    const rules = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            res('aws_security_group.lb', {
              ingress: [
                { from_port: 80, to_port: 80, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], description: 'HTTP' },
                { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], description: 'HTTPS' },
              ],
            }),
          ],
        },
      },
      configuration: {
        root_module: {
          resources: [
            cfg('aws_security_group.lb', {
              ingress: {
                constant_value: [
                  { from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], description: 'HTTPS', self: null },
                  { from_port: 80, to_port: 80, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'], description: 'HTTP', self: null },
                ],
              },
            }),
          ],
        },
      },
    }
    expect((read(rules).instances[0]!.values.ingress as { from_port: number }[]).map((r) => r.from_port)).toEqual([443, 80])
  })

  it('follows the outputs of a module with count: one instance when indexed, every instance when not', () => {
    const subnet = (az: number) => ({ ...res(`module.az[${az}].aws_subnet.this`, {}), address: `module.az[${az}].aws_subnet.this`, type: 'aws_subnet', name: 'this' })
    const counted = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [res('aws_lb.web', {}), res('aws_route_table_association.second', {})],
          child_modules: [
            { address: 'module.az[0]', resources: [subnet(0)], child_modules: [{ address: 'module.az[0].module.inner', resources: [] }] },
            { address: 'module.az[1]', resources: [subnet(1)] },
          ],
        },
      },
      resource_changes: [change('aws_lb.web', { subnets: true }, { subnets: [] }), change('aws_route_table_association.second', { subnet_id: true })],
      configuration: {
        root_module: {
          resources: [
            cfg('aws_lb.web', { subnets: { references: ['module.az', 'module.az.subnet_id'] } }),
            cfg('aws_route_table_association.second', { subnet_id: { references: ['module.az[1].subnet_id', 'module.az[1]', 'module.az'] } }),
          ],
          module_calls: {
            az: {
              source: './az',
              module: { outputs: { subnet_id: { expression: { references: ['aws_subnet.this.id', 'aws_subnet.this'] } } }, resources: [cfg('aws_subnet.this', {})] },
            },
          },
        },
      },
    }
    const read2 = read(counted).instances
    expect(byAddress(read2, 'aws_route_table_association.second').values.subnet_id).toEqual({ $ref: 'module.az[1].aws_subnet.this', attribute: 'id' })
    expect(byAddress(read2, 'aws_lb.web').values.subnets).toEqual([
      { $ref: 'module.az[0].aws_subnet.this', attribute: 'id' },
      { $ref: 'module.az[1].aws_subnet.this', attribute: 'id' },
    ])
  })
})

describe('readPlanJson: a plan of a .tf.json configuration', () => {
  // In JSON syntax every string is a template, so Terraform shows it as constant_value beside its references.
  const plan = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          res('aws_appautoscaling_policy.api', { name: 'api' }),
          res('aws_security_group.db', { name: 'db' }),
          res('aws_route_table.app', { route: [{ cidr_block: '0.0.0.0/0', gateway_id: '' }, { cidr_block: '10.1.0.0/16', nat_gateway_id: '' }] }),
        ],
      },
    },
    resource_changes: [
      change('aws_appautoscaling_policy.api', { resource_label: true }),
      change('aws_security_group.db', { vpc_id: true }),
      change('aws_route_table.app', { route: [{ nat_gateway_id: true }, { gateway_id: true }] }, { route: [{}, {}] }),
    ],
    configuration: {
      provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'us-east-1' } } } },
      root_module: {
        resources: [
          cfg('aws_appautoscaling_policy.api', {
            resource_label: {
              constant_value: '${aws_lb.alb.arn_suffix}/${aws_lb_target_group.api.arn_suffix}',
              references: ['aws_lb.alb.arn_suffix', 'aws_lb.alb', 'aws_lb_target_group.api.arn_suffix', 'aws_lb_target_group.api'],
            },
          }),
          cfg('aws_security_group.db', { vpc_id: { constant_value: '${aws_vpc.main.id}', references: ['aws_vpc.main.id', 'aws_vpc.main'] } }),
          // Inline routes are one attribute: one expression for the whole list, each route's part in its constant.
          cfg('aws_route_table.app', {
            route: {
              constant_value: [
                { cidr_block: '0.0.0.0/0', gateway_id: null, nat_gateway_id: '${aws_nat_gateway.a.id}' },
                { cidr_block: '10.1.0.0/16', gateway_id: '${aws_internet_gateway.main.id}', nat_gateway_id: null },
              ],
              references: ['aws_nat_gateway.a.id', 'aws_nat_gateway.a', 'aws_internet_gateway.main.id', 'aws_internet_gateway.main'],
            },
          }),
        ],
      },
    },
  }

  it('takes a whole "${…}" as the reference and text around references as an unknown built from them', () => {
    const { instances } = read(plan)
    expect(byAddress(instances, 'aws_security_group.db').values.vpc_id).toEqual({ $ref: 'aws_vpc.main', attribute: 'id' })
    expect(byAddress(instances, 'aws_appautoscaling_policy.api').values.resource_label).toEqual({
      $unknown: 'computed',
      refs: [{ $ref: 'aws_lb.alb', attribute: 'arn_suffix' }, { $ref: 'aws_lb_target_group.api', attribute: 'arn_suffix' }],
    })
  })

  it('gives each element of a list one expression wrote the references its own part names', () => {
    expect(byAddress(read(plan).instances, 'aws_route_table.app').values.route).toEqual([
      { cidr_block: '0.0.0.0/0', gateway_id: '', nat_gateway_id: { $ref: 'aws_nat_gateway.a', attribute: 'id' } },
      { cidr_block: '10.1.0.0/16', nat_gateway_id: '', gateway_id: { $ref: 'aws_internet_gateway.main', attribute: 'id' } },
    ])
  })
})

describe('readPlanJson: a state', () => {
  const STATE = {
    format_version: '1.0',
    terraform_version: '1.11.4',
    values: {
      root_module: {
        resources: [
          state('aws_vpc.main', {
            id: 'vpc-0a1b2c3d4e5f60718',
            arn: 'arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0a1b2c3d4e5f60718',
            cidr_block: '10.0.0.0/16',
            default_route_table_id: 'rtb-0a9d8c7b6e5f40312',
            main_route_table_id: 'rtb-0a9d8c7b6e5f40312',
          }),
          state('aws_route_table_association.public', { id: 'rtbassoc-0a1c2d3e4f5a6b7c8d', route_table_id: 'rtb-0a9d8c7b6e5f40312' }),
          state('aws_security_group.app', { id: 'sg-0123456789abcdef0', arn: 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0', vpc_id: 'vpc-0a1b2c3d4e5f60718', name: 'app' }),
          state('aws_lb_target_group.api', { id: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123456789abcdef', arn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123456789abcdef' }),
          state('aws_db_subnet_group.main', { id: 'app', name: 'app' }),
          state('aws_ecs_service.api', {
            id: 'arn:aws:ecs:eu-west-1:123456789012:service/main/api',
            load_balancer: [{ target_group_arn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/api/0123456789abcdef', container_port: 8080 }],
            network_configuration: [{ security_groups: ['sg-0123456789abcdef0'], subnets: ['subnet-0fedcba9876543210'] }],
            tags: { Name: 'app' },
          }),
          state('aws_db_instance.db', { id: 'db-ABCDEFGHIJKLMNOPQRSTUVWXY1', db_subnet_group_name: 'app', password: 'hunter2-state-secret', vpc_security_group_ids: ['sg-0123456789abcdef0'] }, { password: true }),
        ],
      },
    },
  }
  function state(address: string, values: Record<string, unknown>, sensitive: Record<string, unknown> = {}) {
    return res(address, values, sensitive)
  }
  const configuration = read(STATE, 'terraform.tfstate.json')
  const values = (address: string) => byAddress(configuration.instances, address).values

  it('turns real ids and ARNs into references to the instance that has them, in lists too', () => {
    expect(values('aws_security_group.app').vpc_id).toEqual({ $ref: 'aws_vpc.main', attribute: 'id' })
    expect(values('aws_ecs_service.api').load_balancer).toEqual([{ target_group_arn: { $ref: 'aws_lb_target_group.api', attribute: 'id' }, container_port: 8080 }])
    expect(values('aws_ecs_service.api').network_configuration).toEqual([
      { security_groups: [{ $ref: 'aws_security_group.app', attribute: 'id' }], subnets: ['subnet-0fedcba9876543210'] },
    ])
    expect(values('aws_db_instance.db').vpc_security_group_ids).toEqual([{ $ref: 'aws_security_group.app', attribute: 'id' }])
  })

  it('names the VPC\'s main route table, which is no resource of its own, by the VPC attribute that holds its id', () => {
    expect(values('aws_route_table_association.public').route_table_id).toEqual({ $ref: 'aws_vpc.main', attribute: 'main_route_table_id' })
  })

  it('keeps an instance\'s own id, and names that are ids (a subnet group) as text', () => {
    expect(values('aws_vpc.main').id).toBe('vpc-0a1b2c3d4e5f60718')
    expect(values('aws_db_instance.db').db_subnet_group_name).toBe('app')
    expect(values('aws_ecs_service.api').tags).toEqual({ Name: 'app' })
  })

  it('reads the region from the ARNs, as a state holds no provider configuration, and says so', () => {
    expect(configuration.providerRegions).toEqual({ aws: 'eu-west-1' })
    expect(configuration.notes).toContainEqual({ code: 'import.region-from-resources', params: { provider: 'aws', region: 'eu-west-1' } })
  })

  it('drops the sensitive password', () => {
    expect(JSON.stringify(configuration)).not.toContain('hunter2')
  })
})

describe('readPlanJson: what it refuses', () => {
  const errorsOf = (text: string) => {
    const result = readPlanJson({ path: 'plan.json', text })
    expect(result.ok).toBe(false)
    return result.ok ? [] : result.errors
  }

  it('a file that is not JSON, with the line and column of the mistake', () => {
    expect(errorsOf('{\n  "format_version": "1.2",\n  oops\n}')[0]).toMatchObject({ code: 'import.syntax-error', where: { file: 'plan.json', line: 3, column: 3 } })
    expect(errorsOf('')[0]).toMatchObject({ code: 'import.unreadable-file', params: { why: 'empty' } })
    expect(errorsOf('[1, 2]')[0]).toMatchObject({ code: 'import.unreadable-file', params: { why: 'not-an-object' } })
  })

  it('JSON that is not Terraform\'s output, a major version the format does not promise, and a provider schema dump', () => {
    expect(errorsOf('{"resource": {}}')[0]).toMatchObject({ code: 'import.unsupported-file', params: { why: 'no-format-version' } })
    expect(errorsOf('{"format_version": "2.0", "values": {}}')[0]).toMatchObject({ code: 'import.unsupported-file', params: { why: 'format-version', version: '2.0' } })
    expect(errorsOf('{"format_version": "1.0", "provider_schemas": {}}')[0]).toMatchObject({ code: 'import.unsupported-file', params: { why: 'not-plan-or-state' } })
  })

  it('an empty state reads as no instances (the importer then says there are no resources)', () => {
    expect(read({ format_version: '1.0' }).instances).toEqual([])
  })
})
