import { describe, expect, it } from 'vitest'
import { readConfigurationFiles } from './read-configuration-files'

async function read(files: Record<string, string>, root?: string) {
  return readConfigurationFiles(Object.entries(files).map(([path, text]) => ({ path, text })), root === undefined ? {} : { root })
}

describe('readConfigurationFiles', () => {
  it('groups files by folder: the root module and the local modules it calls', async () => {
    const read1 = await read({
      'main.tf': 'module "net" {\n  source = "./modules/net"\n}\n',
      'modules/net/main.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      'README.md': '# not configuration',
    })
    if (!read1.ok) throw new Error(JSON.stringify(read1.errors))
    expect(read1.root).toBe('.')
    expect([...read1.modules.keys()]).toEqual(['.', 'modules/net'])
    expect(read1.modules.get('modules/net')?.resources[0]).toMatchObject({ mode: 'managed', type: 'aws_vpc', name: 'main', where: { file: 'modules/net/main.tf', line: 1 } })
  })

  it('takes the shallowest folder no other folder calls as the root, and says so when there were several', async () => {
    const result = await read({
      'envs/prod/main.tf': 'module "app" {\n  source = "../../app"\n}\n',
      'envs/dev/main.tf': 'module "app" {\n  source = "../../app"\n}\n',
      'app/main.tf': 'resource "aws_vpc" "main" {}\n',
    })
    if (!result.ok) throw new Error('unexpected errors')
    expect(result.root).toBe('envs/dev')
    expect(result.notes).toEqual([{ code: 'import.several-roots', params: { root: 'envs/dev', others: 'envs/prod' } }])
    const chosen = await read({ 'envs/prod/main.tf': 'locals {}\n', 'envs/dev/main.tf': 'locals {}\n' }, 'envs/prod')
    expect(chosen.ok && chosen.root).toBe('envs/prod')
  })

  it('finds each resource block on its line, in HCL and in .tf.json', async () => {
    const result = await read({
      'network.tf': '# the network\n\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource aws_subnet app {\n  vpc_id = aws_vpc.main.id\n}\n',
      'db.tf.json': '{\n  "resource": {\n    "aws_db_instance": {\n      "main": {\n        "engine": "postgres"\n      }\n    }\n  }\n}\n',
    })
    if (!result.ok) throw new Error('unexpected errors')
    const places = result.modules.get('.')?.resources.map((r) => `${r.type}.${r.name} ${r.where.file}:${r.where.line}`)
    expect(places).toEqual(['aws_db_instance.main db.tf.json:4', 'aws_vpc.main network.tf:3', 'aws_subnet.app network.tf:7'])
  })

  it('places the second block of a kind on its own line, and each local value on its line', async () => {
    const result = await read({
      'providers.tf': 'provider "aws" {\n  region = "eu-west-1"\n}\n\nprovider "aws" {\n  alias  = "use1"\n  region = "us-east-1"\n}\nlocals {\n  a = 1\n\n  b = 2\n}\n',
      'main.tf.json': '{\n  "resource": {\n    "aws_s3_bucket": {\n      "logs": {\n        "bucket": "main"\n      },\n      "main": {}\n    }\n  }\n}\n',
    })
    if (!result.ok) throw new Error('unexpected errors')
    const module = result.modules.get('.')!
    expect(module.providers.map((p) => p.where.line)).toEqual([1, 5])
    expect([module.locals.get('a')?.where.line, module.locals.get('b')?.where.line]).toEqual([10, 12])
    expect(module.resources.map((r) => `${r.name}:${r.where.line}`)).toEqual(['logs:4', 'main:7'])
  })

  it('reads a block defined twice once, with a note ("If two files attempt to define the same object, Terraform returns an error")', async () => {
    const result = await read({ 'a.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n', 'b.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.9.0.0/16"\n}\n' })
    if (!result.ok) throw new Error('unexpected errors')
    expect(result.modules.get('.')?.resources.map((r) => r.body.cidr_block)).toEqual(['10.0.0.0/16'])
    expect(result.notes).toEqual([{ code: 'import.duplicate-block', params: { block: 'resource.aws_vpc.main' }, where: { file: 'b.tf', line: 1 } }])
  })

  it('reads both block shapes of Terraform\'s JSON syntax and ignores its "//" comments ("JSON Configuration Syntax")', async () => {
    const result = await read({
      'main.tf.json': JSON.stringify({
        variable: { region: { default: 'eu-west-1' } },
        provider: { aws: [{ region: '${var.region}' }, { alias: 'us_east_1', region: 'us-east-1' }] },
        resource: [{ aws_vpc: { main: [{ '//': 'the one VPC', cidr_block: '10.0.0.0/16' }] } }],
        locals: { a: 1 },
      }),
    })
    if (!result.ok) throw new Error('unexpected errors')
    const module = result.modules.get('.')!
    expect(module.variables.get('region')?.body).toEqual({ default: 'eu-west-1' })
    expect(module.providers.map((p) => p.alias ?? p.name)).toEqual(['aws', 'us_east_1'])
    expect(module.resources[0]?.body).toEqual({ cidr_block: '10.0.0.0/16' })
    expect(module.locals.get('a')?.expression).toBe(1)
  })

  it('merges override files: "each of the arguments in the override block replaces the corresponding argument" ("Override Files")', async () => {
    const result = await read({
      'main.tf': 'resource "aws_instance" "web" {\n  instance_type = "t2.micro"\n  ami = "ami-408c7f28"\n  ebs_block_device {\n    device_name = "a"\n  }\n  lifecycle {\n    ignore_changes = [tags]\n  }\n}\nlocals {\n  a = 1\n  b = 2\n}\n',
      'override.tf': 'resource "aws_instance" "web" {\n  ami = "foo"\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n',
      'z_override.tf': 'resource "aws_instance" "web" {\n  ebs_block_device {\n    device_name = "b"\n  }\n}\nlocals {\n  b = 3\n}\n',
    })
    if (!result.ok) throw new Error('unexpected errors')
    const module = result.modules.get('.')!
    expect(module.resources[0]?.body).toEqual({
      instance_type: 't2.micro',
      ami: 'foo',
      ebs_block_device: [{ device_name: 'b' }],
      lifecycle: [{ ignore_changes: ['${tags}'], create_before_destroy: true }],
    })
    expect(module.locals.get('a')?.expression).toBe(1)
    expect(module.locals.get('b')?.expression).toBe(3)
  })

  it('loads terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars in lexical order, then the var files given ("Variable Definition Precedence")', async () => {
    const result = await read({
      'main.tf': 'variable "a" {}\n',
      'prod.tfvars': 'a = "prod"\n',
      'b.auto.tfvars': 'a = "b-auto"\n',
      'a.auto.tfvars.json': '{"a": "a-auto"}',
      'terraform.tfvars.json': '{"a": "tfvars-json"}',
      'terraform.tfvars': 'a = "tfvars"\n',
      'modules/x/terraform.tfvars': 'a = "not loaded: not the root folder"\n',
    })
    if (!result.ok) throw new Error('unexpected errors')
    expect(result.varFiles.map((f) => f.file)).toEqual(['terraform.tfvars', 'terraform.tfvars.json', 'a.auto.tfvars.json', 'b.auto.tfvars', 'prod.tfvars'])
  })

  it('applies a var file in the root folder or a folder of its own, not one in another root\'s folder', async () => {
    const result = await read({
      'envs/dev/main.tf': 'variable "a" {}\n',
      'envs/dev/dev.tfvars': 'a = "dev"\n',
      'envs/prod/main.tf': 'variable "a" {}\n',
      'envs/prod/prod.tfvars': 'a = "prod"\n',
      'vars/shared.tfvars': 'a = "shared"\n',
    })
    if (!result.ok) throw new Error('unexpected errors')
    expect(result.root).toBe('envs/dev')
    expect(result.varFiles.map((f) => f.file)).toEqual(['envs/dev/dev.tfvars', 'vars/shared.tfvars'])
  })

  it('gives a broken HCL file its file, line and column, every diagnostic of it, and reads the other files too', async () => {
    const result = await read({
      'main.tf': 'resource "aws_vpc" "main" {\n  cidr_block = \n}\n',
      'other.tf': 'a = "unterminated\n',
      'fine.tf': 'locals {}\n',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => [e.code, e.where])).toEqual([
      ['import.syntax-error', { file: 'main.tf', line: 2, column: 16 }],
      ['import.syntax-error', { file: 'other.tf', line: 1, column: 18 }],
      ['import.syntax-error', { file: 'other.tf', line: 1, column: 18 }],
    ])
    expect(result.errors[0]?.params.detail).toMatch(/^Invalid expression; Expected the start of an expression/)
  })

  it('gives a broken JSON file the line and column of the position JSON.parse names', async () => {
    const result = await read({ 'main.tf.json': '{\n  "resource": {\n    "aws_vpc" {}\n  }\n}\n' })
    expect(!result.ok && result.errors).toEqual([
      { code: 'import.syntax-error', params: { detail: "Expected ':' after property name" }, where: { file: 'main.tf.json', line: 3, column: 15 } },
    ])
  })

  it('refuses a binary file and an empty JSON file as unreadable', async () => {
    const result = await read({ 'main.tf.json': '  \n', 'terraform.tfvars': 'a\u0000b', 'main.tf': 'locals {}\n' })
    expect(!result.ok && result.errors.map((e) => [e.code, e.params.why, e.where?.file])).toEqual([
      ['import.unreadable-file', 'empty', 'main.tf.json'],
      ['import.unreadable-file', 'binary', 'terraform.tfvars'],
    ])
  })

  it('reads an empty .tf file as an empty configuration, as Terraform does (an empty outputs.tf from a template)', async () => {
    const result = await read({ 'main.tf': 'resource "aws_vpc" "main" {}\n', 'outputs.tf': '' })
    expect(result.ok && result.modules.get('.')?.resources.length).toBe(1)
  })

  it('refuses more than 2,000 files and a file over 2 MB before parsing anything', async () => {
    const many = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`f${i}.tf`, 'locals {}\n']))
    const tooMany = await read(many)
    expect(!tooMany.ok && tooMany.errors[0]?.code).toBe('import.too-large')
    const big = await read({ 'main.tf': `locals {\n  a = "${'x'.repeat(2 * 1024 * 1024)}"\n}\n` })
    expect(!big.ok && big.errors[0]).toMatchObject({ code: 'import.too-large', where: { file: 'main.tf' } })
  })

  it('leaves files terraform init downloaded (.terraform/) aside', async () => {
    const result = await read({ 'main.tf': 'locals {}\n', '.terraform/modules/vpc/main.tf': 'resource "aws_vpc" "x" {}\n' })
    expect(result.ok && [...result.modules.keys()]).toEqual(['.'])
  })

  it('refuses a set of files with no configuration file in it', async () => {
    const result = await read({ 'README.md': 'hello' })
    expect(!result.ok && result.errors[0]?.code).toBe('import.no-resources')
  })

  it('applies a var file other than terraform.tfvars and *.auto.tfvars only when named as -var-file (Terraform: "Variable Definitions (.tfvars) Files"), and notes the others', async () => {
    const files = [
      { path: 'main.tf', text: 'variable "size" {}\nresource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }' },
      { path: 'dev.tfvars', text: 'size = "small"' },
      { path: 'prod.tfvars', text: 'size = "large"' },
      { path: 'a.auto.tfvars', text: 'size = "auto"' },
    ]
    const none = await readConfigurationFiles(files, { varFiles: [] })
    if (!none.ok) throw new Error('should read')
    expect(none.varFiles.map((f) => f.file)).toEqual(['a.auto.tfvars'])
    expect(none.notes.filter((n) => n.code === 'import.var-file-not-applied').map((n) => n.params)).toEqual([{ file: 'dev.tfvars' }, { file: 'prod.tfvars' }])
    const prod = await readConfigurationFiles(files, { varFiles: ['prod.tfvars'] })
    if (!prod.ok) throw new Error('should read')
    expect(prod.varFiles.map((f) => f.file)).toEqual(['a.auto.tfvars', 'prod.tfvars'])
    expect(prod.notes.filter((n) => n.code === 'import.var-file-not-applied').map((n) => n.params)).toEqual([{ file: 'dev.tfvars' }])
  })
})
