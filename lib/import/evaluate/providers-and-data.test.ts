import { describe, expect, it } from 'vitest'
import { evaluateFiles, instanceAt } from './evaluate.test-helper'

describe('providers and data sources', () => {
  it('"Provider Configuration": the default aws provider and each alias keep their own region', async () => {
    const config = await evaluateFiles({
      'main.tf': `
variable "region" {
  default = "eu-central-1"
}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "virginia"
  region = "us-east-1"
}
resource "aws_vpc" "main" {}
`,
    })
    expect(config.providerRegions).toEqual({ aws: 'eu-central-1', 'aws.virginia': 'us-east-1' })
  })

  it('with no provider block the region is unknown and noted (AWS_REGION is not read)', async () => {
    const config = await evaluateFiles({ 'main.tf': 'resource "aws_vpc" "main" {}\n' })
    expect(config.providerRegions).toEqual({ aws: { $unknown: 'missing-variable' } })
    expect(config.notes).toContainEqual({ code: 'import.region-not-set', params: { provider: 'aws' } })
  })

  it('aws_availability_zones gives the region\'s zones sorted by name, noted as assumed', async () => {
    const config = await evaluateFiles({
      'main.tf': `
provider "aws" {
  region = "ap-northeast-2"
}
data "aws_availability_zones" "available" {
  state = "available"
}
resource "aws_subnet" "app" {
  count             = 2
  availability_zone = data.aws_availability_zones.available.names[count.index]
}
`,
    })
    expect(config.instances.filter((i) => i.type === 'aws_subnet').map((i) => i.values.availability_zone)).toEqual(['ap-northeast-2a', 'ap-northeast-2b'])
    expect(config.notes).toContainEqual(
      expect.objectContaining({ code: 'import.assumed-availability-zones', params: { region: 'ap-northeast-2', names: 'ap-northeast-2a, ap-northeast-2b, ap-northeast-2c' } }),
    )
  })

  it('aws_region names the region of its provider configuration, aliases included', async () => {
    const config = await evaluateFiles({
      'main.tf': `
provider "aws" {
  region = "eu-west-1"
}
provider "aws" {
  alias  = "use1"
  region = "us-east-1"
}
data "aws_region" "here" {}
data "aws_region" "there" {
  provider = aws.use1
}
resource "aws_s3_bucket" "logs" {
  bucket = "logs-\${data.aws_region.here.name}-\${data.aws_region.there.name}"
}
`,
    })
    expect(instanceAt(config, 'aws_s3_bucket.logs').values.bucket).toBe('logs-eu-west-1-us-east-1')
  })

  it('any other data source is read by AWS at plan time: its attributes are unknown, naming the data source', async () => {
    const config = await evaluateFiles({
      'main.tf': `
data "aws_caller_identity" "current" {}
data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]
}
resource "aws_instance" "web" {
  ami  = data.aws_ami.al2023.id
  tags = { Account = data.aws_caller_identity.current.account_id }
}
`,
    })
    expect(instanceAt(config, 'aws_instance.web').values).toEqual({
      ami: { $unknown: 'data-source', refs: [{ $ref: 'data.aws_ami.al2023', attribute: 'id' }] },
      tags: { Account: { $unknown: 'data-source', refs: [{ $ref: 'data.aws_caller_identity.current', attribute: 'account_id' }] } },
    })
    expect(instanceAt(config, 'data.aws_ami.al2023')).toMatchObject({ mode: 'data', values: { most_recent: true, owners: ['amazon'] } })
  })
})
