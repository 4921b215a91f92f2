import { describe, expect, it } from 'vitest'
import { evaluateFiles, instanceAt, noteCodes } from './evaluate.test-helper'

describe('resource instances', () => {
  it('"The count Meta-Argument": count makes instances [0]…[n-1], each with its count.index', async () => {
    const config = await evaluateFiles({
      'main.tf': 'resource "aws_subnet" "app" {\n  count = 2\n  cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)\n}\n',
    })
    expect(config.instances.map((i) => [i.address, i.index, i.values.cidr_block])).toEqual([
      ['aws_subnet.app[0]', 0, '10.0.0.0/24'],
      ['aws_subnet.app[1]', 1, '10.0.1.0/24'],
    ])
  })

  it('"The for_each Meta-Argument": a map makes one instance per key with each.key and each.value; a set of strings, one per element', async () => {
    const config = await evaluateFiles({
      'main.tf': `
locals {
  subnets = { b = "10.0.2.0/24", a = "10.0.1.0/24" }
}
resource "aws_subnet" "app" {
  for_each   = local.subnets
  cidr_block = each.value
  tags       = { Name = "app-\${each.key}" }
}
resource "aws_ecr_repository" "repo" {
  for_each = toset(["order", "stock"])
  name     = each.value
}
`,
    })
    expect(config.instances.map((i) => [i.address, i.index])).toEqual([
      ['aws_subnet.app["a"]', 'a'],
      ['aws_subnet.app["b"]', 'b'],
      ['aws_ecr_repository.repo["order"]', 'order'],
      ['aws_ecr_repository.repo["stock"]', 'stock'],
    ])
    expect(instanceAt(config, 'aws_subnet.app["b"]').values).toEqual({ cidr_block: '10.0.2.0/24', tags: { Name: 'app-b' } })
  })

  it('a count not known offline still makes one instance [0], with a note', async () => {
    const config = await evaluateFiles({
      'main.tf': 'resource "aws_instance" "web" {\n  count = length(data.aws_subnets.all.ids)\n}\n',
    })
    expect(config.instances.map((i) => i.address)).toEqual(['aws_instance.web[0]'])
    expect(config.notes).toContainEqual({ code: 'import.count-unknown', params: {}, address: 'aws_instance.web', where: { file: 'main.tf', line: 1 } })
  })

  it('a count that depends on its own resource is a cycle: one instance [0], with a note', async () => {
    const config = await evaluateFiles({ 'main.tf': 'resource "aws_instance" "web" {\n  count = length(aws_instance.web)\n}\n' })
    expect(config.instances.map((i) => i.address)).toEqual(['aws_instance.web[0]'])
    expect(noteCodes(config)).toContain('import.count-unknown')
  })

  it('a for_each not known offline makes one instance keyed "unknown", with a note', async () => {
    const config = await evaluateFiles({ 'main.tf': 'variable "names" {}\nresource "aws_ecr_repository" "repo" {\n  for_each = var.names\n  name = each.key\n}\n' })
    expect(config.instances.map((i) => i.address)).toEqual(['aws_ecr_repository.repo["unknown"]'])
    expect(noteCodes(config)).toContain('import.for-each-unknown')
  })

  it('"dynamic Blocks": one nested block per element, with the iterator\'s key and value, beside the written blocks', async () => {
    const config = await evaluateFiles({
      'main.tf': `
locals {
  ports = { http = 80, https = 443 }
}
resource "aws_security_group" "web" {
  ingress {
    from_port = 22
    to_port   = 22
  }
  dynamic "ingress" {
    for_each = local.ports
    iterator = port
    content {
      description = port.key
      from_port   = port.value
      to_port     = port.value
    }
  }
}
`,
    })
    expect(instanceAt(config, 'aws_security_group.web').values.ingress).toEqual([
      { from_port: 22, to_port: 22 },
      { description: 'http', from_port: 80, to_port: 80 },
      { description: 'https', from_port: 443, to_port: 443 },
    ])
  })

  it('expands dynamic blocks nested inside other blocks', async () => {
    const config = await evaluateFiles({
      'main.tf': `
resource "aws_lb_listener_rule" "r" {
  condition {
    dynamic "path_pattern" {
      for_each = [["/a/*"], ["/b/*"]]
      content {
        values = path_pattern.value
      }
    }
  }
}
`,
    })
    expect(instanceAt(config, 'aws_lb_listener_rule.r').values.condition).toEqual([{ path_pattern: [{ values: ['/a/*'] }, { values: ['/b/*'] }] }])
  })

  it('"Meta-Arguments": depends_on, lifecycle, provider, provisioner and connection are not part of a resource\'s values', async () => {
    const config = await evaluateFiles({
      'main.tf': `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
resource "aws_instance" "web" {
  provider      = aws.use1
  instance_type = "t3.micro"
  depends_on    = [aws_vpc.main]
  lifecycle {
    create_before_destroy = true
  }
  connection {
    host = self.public_ip
  }
  provisioner "local-exec" {
    command = "echo hi"
  }
}
resource "aws_vpc" "main" {}
resource "random_password" "db" {
  length = 16
}
`,
    })
    const web = instanceAt(config, 'aws_instance.web')
    expect(web.values).toEqual({ instance_type: 't3.micro' })
    expect(web.provider).toBe('aws.use1')
    expect(instanceAt(config, 'random_password.db').provider).toBe('random')
  })

  it('references another resource through a handle: its written value when known, a reference to what AWS assigns otherwise, in any order', async () => {
    const config = await evaluateFiles({
      'main.tf': `
resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, 1)
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`,
    })
    expect(instanceAt(config, 'aws_subnet.app').values).toEqual({ vpc_id: { $ref: 'aws_vpc.main', attribute: 'id' }, cidr_block: '10.0.1.0/24' })
  })

  it('a reference cycle between two resources leaves the attribute as a reference instead of looping', async () => {
    const config = await evaluateFiles({
      'main.tf': 'resource "aws_security_group" "a" {\n  description = aws_security_group.b.description\n}\nresource "aws_security_group" "b" {\n  description = aws_security_group.a.description\n}\n',
    })
    expect(instanceAt(config, 'aws_security_group.a').values.description).toEqual({ $ref: 'aws_security_group.a', attribute: 'description' })
    expect(instanceAt(config, 'aws_security_group.b').values.description).toEqual({ $ref: 'aws_security_group.a', attribute: 'description' })
  })

  it('a value read from an ephemeral resource (Terraform 1.10) is unknown, never a failure', async () => {
    const config = await evaluateFiles({
      'main.tf': 'ephemeral "aws_secretsmanager_secret_version" "db" {\n  secret_id = "db"\n}\nresource "aws_db_instance" "main" {\n  username = "admin"\n  password_wo = ephemeral.aws_secretsmanager_secret_version.db.secret_string\n}\n',
    })
    expect(instanceAt(config, 'aws_db_instance.main').values).toEqual({ username: 'admin', password_wo: { $unknown: 'computed' } })
    expect(config.notes).toEqual([{ code: 'import.region-not-set', params: { provider: 'aws' } }])
  })

  it('"Local Values": locals in several blocks and files refer to each other in any order', async () => {
    const config = await evaluateFiles({
      'a.tf': 'locals {\n  name = "${local.project}-${local.env}"\n}\nresource "aws_ecs_cluster" "main" {\n  name = local.name\n}\n',
      'b.tf': 'locals {\n  project = "shop"\n}\nlocals {\n  env = upper(var.env)\n}\nvariable "env" {\n  default = "prod"\n}\n',
    })
    expect(instanceAt(config, 'aws_ecs_cluster.main').values.name).toBe('shop-PROD')
  })

  it('a cycle between locals is noted and leaves the value unknown instead of looping', async () => {
    const config = await evaluateFiles({ 'main.tf': 'locals {\n  a = local.b\n  b = local.a\n}\nresource "aws_ecs_cluster" "main" {\n  name = local.a\n}\n' })
    expect(instanceAt(config, 'aws_ecs_cluster.main').values.name).toMatchObject({ $unknown: 'unsupported-expression' })
    expect(noteCodes(config)).toContain('import.local-cycle')
  })

  it('an expression that fails is noted at its resource and leaves that value unknown; the rest is imported', async () => {
    const config = await evaluateFiles({ 'main.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n  tags = { Name = ["a"][3] }\n}\n' })
    expect(instanceAt(config, 'aws_vpc.main').values).toEqual({ cidr_block: '10.0.0.0/16', tags: { $unknown: 'unsupported-expression' } })
    expect(config.notes[0]).toMatchObject({ code: 'import.eval-error', address: 'aws_vpc.main', where: { file: 'main.tf', line: 1 } })
  })

  it('reads ArchDeck\'s own facts from local.archdeck_model_facts, and notes a value that is not a JSON object', async () => {
    const facts = await evaluateFiles({ 'main.tf.json': JSON.stringify({ locals: { archdeck_model_facts: '{"archdeck":1,"name":"Shop $${x}"}' } }) })
    expect(facts.modelFacts).toEqual({ archdeck: 1, name: 'Shop ${x}' })
    const broken = await evaluateFiles({ 'main.tf': 'locals {\n  archdeck_model_facts = "{not json"\n}\n' })
    expect(broken.modelFacts).toBeUndefined()
    expect(noteCodes(broken)).toContain('import.model-facts-unreadable')
  })
})
