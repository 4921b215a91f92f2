import { describe, expect, it } from 'vitest'
import { importTerraform, isPlanJson } from './import-terraform'

const VPC_ONLY = 'provider "aws" { region = "us-east-1" }\nresource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }\n'

describe('importTerraform', () => {
  it('tells terraform show -json output from Terraform\'s own JSON syntax', () => {
    expect(isPlanJson({ path: 'plan.json', text: '{"format_version":"1.2","planned_values":{}}' })).toBe(true)
    expect(isPlanJson({ path: 'main.tf.json', text: '{"format_version":"x"}' })).toBe(false)
    expect(isPlanJson({ path: 'prod.tfvars.json', text: '{"format_version":"x"}' })).toBe(false)
    expect(isPlanJson({ path: 'notes.json', text: '{"a":1}' })).toBe(false)
  })

  it('refuses a design the model cannot hold, with the model\'s problems, and imports nothing', async () => {
    // A VPC and no service: the model needs at least one.
    const result = await importTerraform([{ path: 'main.tf', text: VPC_ONLY }])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0]).toMatchObject({ code: 'import.invalid-model', params: { path: 'config.services' } })
    expect(result.errors[0]!.problems?.length).toBeGreaterThan(0)
  })

  it('says there is nothing to import when no AWS resource became part of a design', async () => {
    const result = await importTerraform([{ path: 'main.tf', text: 'resource "random_id" "x" { byte_length = 4 }\n' }])
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'import.no-resources' }] })
  })

  it('passes a broken file\'s place on', async () => {
    const result = await importTerraform([{ path: 'main.tf', text: 'resource "aws_vpc" "main" {\n  cidr_block = \n' }])
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'import.syntax-error', where: { file: 'main.tf' } }] })
  })
})
