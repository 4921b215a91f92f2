import { describe, expect, it } from 'vitest'
import { evaluateFiles, instanceAt } from './evaluate.test-helper'

const VARIABLES = `
variable "size" {
  type    = string
  default = "from-default"
}
resource "aws_instance" "web" {
  instance_type = var.size
}
`

describe('variables', () => {
  it('"Variable Definition Precedence": a default applies when nothing else sets the variable', async () => {
    const config = await evaluateFiles({ 'main.tf': VARIABLES })
    expect(instanceAt(config, 'aws_instance.web').values.instance_type).toBe('from-default')
  })

  it('"Variable Definition Precedence": terraform.tfvars beats the default, *.auto.tfvars beats terraform.tfvars', async () => {
    const tfvars = await evaluateFiles({ 'main.tf': VARIABLES, 'terraform.tfvars': 'size = "from-tfvars"\n' })
    expect(instanceAt(tfvars, 'aws_instance.web').values.instance_type).toBe('from-tfvars')
    const auto = await evaluateFiles({ 'main.tf': VARIABLES, 'terraform.tfvars': 'size = "from-tfvars"\n', 'z.auto.tfvars': 'size = "from-auto"\n' })
    expect(instanceAt(auto, 'aws_instance.web').values.instance_type).toBe('from-auto')
  })

  it('"Variable Definition Precedence": a var file the user names beats the auto-loaded ones', async () => {
    const config = await evaluateFiles({ 'main.tf': VARIABLES, 'terraform.tfvars': 'size = "from-tfvars"\n', 'prod.tfvars': 'size = "from-prod"\n' })
    expect(instanceAt(config, 'aws_instance.web').values.instance_type).toBe('from-prod')
  })

  it('"Variable Definition Precedence": -var wins over every *.tfvars file', async () => {
    const config = await evaluateFiles({ 'main.tf': VARIABLES, 'terraform.tfvars': 'size = "from-tfvars"\n', 'prod.tfvars': 'size = "from-prod"\n' }, { vars: { size: 'from-cli' } })
    expect(instanceAt(config, 'aws_instance.web').values.instance_type).toBe('from-cli')
  })

  it('"Variables on the Command Line": -var text converts to the variable\'s type, and a complex type is read as an expression', async () => {
    const config = await evaluateFiles(
      {
        'main.tf': `
variable "count_of" { type = number }
variable "enabled" { type = bool }
variable "zones" { type = list(string) }
variable "free" {}
resource "aws_instance" "web" {
  count = var.count_of
  monitoring = var.enabled
  availability_zone = var.zones[count.index]
  user_data = var.free
}
`,
      },
      { vars: { count_of: '2', enabled: 'true', zones: '["eu-west-1a", "eu-west-1b"]', free: '[1]' } },
    )
    expect(instanceAt(config, 'aws_instance.web[1]').values).toEqual({ monitoring: true, availability_zone: 'eu-west-1b', user_data: '[1]' })
  })

  it('"Optional Object Type Attributes": an object variable fills an absent optional attribute with its default, and converts the others', async () => {
    const config = await evaluateFiles({
      'main.tf': `
variable "db" {
  type = object({
    class    = string
    multi_az = optional(bool, false)
    storage  = optional(number, 20)
    engine   = optional(string)
  })
}
resource "aws_db_instance" "main" {
  instance_class    = var.db.class
  multi_az          = var.db.multi_az
  allocated_storage = var.db.storage
  engine            = var.db.engine
}
`,
      'terraform.tfvars': 'db = {\n  class   = "db.r6g.large"\n  storage = "100"\n}\n',
    })
    expect(instanceAt(config, 'aws_db_instance.main').values).toEqual({ instance_class: 'db.r6g.large', multi_az: false, allocated_storage: 100, engine: null })
  })

  it('a variable with no value anywhere is unknown and noted, never given a made-up default', async () => {
    const config = await evaluateFiles({ 'main.tf': 'variable "db_class" {}\nresource "aws_db_instance" "main" {\n  instance_class = var.db_class\n}\n' })
    expect(instanceAt(config, 'aws_db_instance.main').values.instance_class).toEqual({ $unknown: 'missing-variable' })
    expect(config.notes).toContainEqual({ code: 'import.variable-without-value', params: { variable: 'db_class' }, where: { file: 'main.tf', line: 1 } })
  })

  it('a -var for a variable the configuration does not declare is noted', async () => {
    const config = await evaluateFiles({ 'main.tf': VARIABLES }, { vars: { sise: 'typo' } })
    expect(config.notes).toContainEqual({ code: 'import.undeclared-variable', params: { variable: 'sise' } })
  })

  it('keeps no secret: a sensitive variable, a secret-named variable, local or literal never reaches the result', async () => {
    const config = await evaluateFiles(
      {
        'main.tf': `
variable "master" {
  type      = string
  sensitive = true
}
variable "db_password" {
  default = "Hunter2-default"
}
locals {
  api_token = "tok-LOCAL-123"
  env       = jsonencode([{ name = "TOKEN", value = local.api_token }])
}
resource "aws_db_instance" "main" {
  username = "admin"
  password = var.db_password
  tags     = { Owner = var.master }
}
resource "aws_elasticache_replication_group" "main" {
  auth_token = "Literal-Secret-456"
  description = local.env
}
`,
        'terraform.tfvars': 'master = "S3nsitive-from-tfvars"\n',
      },
      { vars: { db_password: 'Hunter2-cli' } },
    )
    const text = JSON.stringify(config)
    for (const secret of ['Hunter2-default', 'Hunter2-cli', 'S3nsitive-from-tfvars', 'tok-LOCAL-123', 'Literal-Secret-456']) expect(text).not.toContain(secret)
    expect(instanceAt(config, 'aws_db_instance.main').values).toEqual({
      username: 'admin',
      password: { $unknown: 'missing-variable' },
      tags: { Owner: { $unknown: 'missing-variable' } },
    })
    expect(config.notes.filter((n) => n.code === 'import.secret-not-kept').map((n) => n.params)).toEqual([
      { variable: 'db_password' },
      { variable: 'master' },
      { local: 'api_token' },
      { attribute: 'auth_token' },
    ])
  })

  it('keeps a switch, a pointer or a setting whose name mentions a secret (manage_master_user_password, …_secret_arn, token_ttl)', async () => {
    const config = await evaluateFiles({
      'main.tf': 'resource "aws_db_instance" "main" {\n  manage_master_user_password = true\n  password_secret_arn = "arn:aws:secretsmanager:us-east-1:1:secret:x"\n  token_ttl = 30\n  secret_rotation_days = 7\n}\n',
    })
    expect(instanceAt(config, 'aws_db_instance.main').values).toEqual({
      manage_master_user_password: true,
      password_secret_arn: 'arn:aws:secretsmanager:us-east-1:1:secret:x',
      token_ttl: 30,
      secret_rotation_days: 7,
    })
  })
})
