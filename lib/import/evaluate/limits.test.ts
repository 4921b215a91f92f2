import { describe, expect, it } from 'vitest'
import { readAndEvaluate } from '.'

async function errorsOf(files: Record<string, string>) {
  const result = await readAndEvaluate(Object.entries(files).map(([path, text]) => ({ path, text })))
  return result.ok ? [] : result.errors
}

describe('bounds (ADR 011)', () => {
  it('refuses a count over 1,000 instead of expanding it', async () => {
    const errors = await errorsOf({ 'main.tf': 'resource "aws_instance" "web" {\n  count = 100000\n}\n' })
    expect(errors).toEqual([
      { code: 'import.too-large', params: { limit: 'repetitions', value: 100000, max: 1000 }, address: 'aws_instance.web', where: { file: 'main.tf', line: 1 } },
    ])
  })

  it('refuses more than 10,000 instances in all', async () => {
    const blocks = Array.from({ length: 11 }, (_, i) => `resource "aws_instance" "web${i}" {\n  count = 1000\n}\n`).join('')
    const errors = await errorsOf({ 'main.tf': blocks })
    expect(errors.map((e) => e.params.limit)).toEqual(['instances'])
  })

  it('refuses a module that calls itself once the modules nest deeper than 10', async () => {
    const errors = await errorsOf({ 'main.tf': 'module "again" {\n  source = "./"\n}\nresource "aws_vpc" "main" {}\n' })
    expect(errors.map((e) => [e.code, e.params.limit])).toEqual([['import.too-large', 'module-depth']])
  })

  it('refuses a chain of references deeper than 100 instead of overflowing the stack', async () => {
    const locals = Array.from({ length: 2_000 }, (_, i) => `  l${i} = ${i === 1_999 ? '1' : `local.l${i + 1} + 1`}`).join('\n')
    const errors = await errorsOf({ 'main.tf': `locals {\n${locals}\n}\nresource "aws_vpc" "main" {\n  cidr_block = local.l0\n}\n` })
    expect(errors).toEqual([{ code: 'import.too-large', params: { limit: 'reference-depth', value: 101, max: 100 } }])
  })
})
