import { describe, expect, it } from 'vitest'
import { evaluateFiles, instanceAt } from './evaluate.test-helper'

const NETWORK_MODULE = `
variable "cidr" {}
variable "zones" {
  type = list(string)
}
resource "aws_vpc" "this" {
  cidr_block = var.cidr
}
resource "aws_subnet" "private" {
  count             = length(var.zones)
  vpc_id            = aws_vpc.this.id
  availability_zone = var.zones[count.index]
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
}
output "vpc_id" {
  value = aws_vpc.this.id
}
output "subnet_ids" {
  value = aws_subnet.private[*].id
}
output "cidr" {
  value = aws_vpc.this.cidr_block
}
`

describe('modules', () => {
  it('"Module Blocks": a local module is expanded with its arguments as its variables, its addresses under module.<name>', async () => {
    const config = await evaluateFiles({
      'main.tf': 'module "net" {\n  source = "./modules/network"\n  cidr   = "10.1.0.0/16"\n  zones  = ["eu-west-1a", "eu-west-1b"]\n}\n',
      'modules/network/main.tf': NETWORK_MODULE,
    })
    expect(config.instances.map((i) => [i.address, i.module])).toEqual([
      ['module.net.aws_vpc.this', 'module.net'],
      ['module.net.aws_subnet.private[0]', 'module.net'],
      ['module.net.aws_subnet.private[1]', 'module.net'],
    ])
    expect(instanceAt(config, 'module.net.aws_subnet.private[1]').values).toEqual({
      vpc_id: { $ref: 'module.net.aws_vpc.this', attribute: 'id' },
      availability_zone: 'eu-west-1b',
      cidr_block: '10.1.1.0/24',
    })
    expect(instanceAt(config, 'module.net.aws_subnet.private[1]').where).toEqual({ file: 'modules/network/main.tf', line: 9 })
  })

  it('"Accessing Module Output Values": one local module is fed another\'s outputs, whatever the order they are written in', async () => {
    const config = await evaluateFiles({
      'main.tf': `
module "app" {
  source     = "./modules/app"
  subnet_ids = module.net.subnet_ids
  vpc_cidr   = module.net.cidr
}
module "net" {
  source = "./modules/network"
  cidr   = "10.2.0.0/16"
  zones  = ["a", "b"]
}
`,
      'modules/network/main.tf': NETWORK_MODULE,
      'modules/app/main.tf': `
variable "subnet_ids" {}
variable "vpc_cidr" {}
resource "aws_ecs_service" "web" {
  network_configuration {
    subnets = var.subnet_ids
  }
  tags = { Cidr = var.vpc_cidr }
}
`,
    })
    expect(instanceAt(config, 'module.app.aws_ecs_service.web').values).toEqual({
      network_configuration: [{ subnets: [{ $ref: 'module.net.aws_subnet.private[0]', attribute: 'id' }, { $ref: 'module.net.aws_subnet.private[1]', attribute: 'id' }] }],
      tags: { Cidr: '10.2.0.0/16' },
    })
  })

  it('"The for_each Meta-Argument" on a module call: module.<name>["key"] prefixes each instance, nested modules too', async () => {
    const config = await evaluateFiles({
      'main.tf': 'module "svc" {\n  for_each = toset(["order", "stock"])\n  source   = "./svc"\n  name     = each.key\n}\n',
      'svc/main.tf': 'variable "name" {}\nmodule "logs" {\n  source = "../logs"\n  name   = var.name\n}\n',
      'logs/main.tf': 'variable "name" {}\nresource "aws_cloudwatch_log_group" "this" {\n  name = "/ecs/${var.name}"\n  tags = { Module = path.module }\n}\n',
    })
    expect(config.instances.map((i) => [i.address, i.module, i.values.name, i.values.tags])).toEqual([
      ['module.svc["order"].module.logs.aws_cloudwatch_log_group.this', 'module.svc["order"].module.logs', '/ecs/order', { Module: 'logs' }],
      ['module.svc["stock"].module.logs.aws_cloudwatch_log_group.this', 'module.svc["stock"].module.logs', '/ecs/stock', { Module: 'logs' }],
    ])
  })

  it('a module that is not on disk (the registry, git) is noted with its source and skipped; its outputs are unknown', async () => {
    const config = await evaluateFiles({
      'main.tf': `
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}
resource "aws_security_group" "web" {
  vpc_id = module.vpc.vpc_id
}
`,
    })
    expect(config.notes).toContainEqual({
      code: 'import.registry-module',
      params: { module: 'module.vpc', source: 'terraform-aws-modules/vpc/aws' },
      address: 'module.vpc',
      where: { file: 'main.tf', line: 2 },
    })
    expect(config.instances.map((i) => i.address)).toEqual(['aws_security_group.web'])
    expect(instanceAt(config, 'aws_security_group.web').values.vpc_id).toMatchObject({ $unknown: 'unsupported-expression' })
  })

  it('a local module whose folder was not given is noted', async () => {
    const config = await evaluateFiles({ 'main.tf': 'module "net" {\n  source = "./network"\n}\n' })
    expect(config.notes).toContainEqual(expect.objectContaining({ code: 'import.module-not-found', params: { module: 'module.net', source: './network' } }))
  })

  it('"Passing Providers Explicitly": a module\'s resources use the provider configuration its call passes', async () => {
    const config = await evaluateFiles({
      'main.tf': `
provider "aws" {
  region = "ap-northeast-2"
}
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}
module "edge" {
  source    = "./edge"
  providers = { aws = aws.us_east_1 }
}
module "app" {
  source = "./edge"
}
`,
      'edge/main.tf': 'resource "aws_wafv2_web_acl" "this" {}\n',
    })
    expect(instanceAt(config, 'module.edge.aws_wafv2_web_acl.this').provider).toBe('aws.us_east_1')
    expect(instanceAt(config, 'module.app.aws_wafv2_web_acl.this').provider).toBe('aws')
  })

  it('a module variable the call leaves unset takes its default, or is noted at the module', async () => {
    const config = await evaluateFiles({
      'main.tf': 'module "db" {\n  source = "./db"\n}\n',
      'db/main.tf': 'variable "class" {\n  default = "db.t4g.micro"\n}\nvariable "engine" {}\nresource "aws_db_instance" "this" {\n  instance_class = var.class\n  engine = var.engine\n}\n',
    })
    expect(instanceAt(config, 'module.db.aws_db_instance.this').values).toEqual({ instance_class: 'db.t4g.micro', engine: { $unknown: 'missing-variable' } })
    expect(config.notes).toContainEqual({ code: 'import.variable-without-value', params: { variable: 'engine' }, address: 'module.db', where: { file: 'db/main.tf', line: 4 } })
  })
})
