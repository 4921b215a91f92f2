import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import { exportTerraform } from './export-terraform'
import { MODEL_FACTS_LOCAL } from './model-facts'

const swiftlogix = PRESETS.find((p) => p.id === 'swiftlogix')!.scenario

function factsOf(files: { name: string; content: string }[]): Record<string, unknown> {
  const main = JSON.parse(files.find((f) => f.name === 'main.tf.json')!.content) as { locals: Record<string, string>; output: Record<string, { value: string }> }
  expect(main.output[MODEL_FACTS_LOCAL]!.value).toBe(`\${local.${MODEL_FACTS_LOCAL}}`)
  // Terraform reads `$${` as a literal `${`: the facts are one string, escaped.
  return JSON.parse(main.locals[MODEL_FACTS_LOCAL]!.replace(/([$%])\1\{/g, '$1{')) as Record<string, unknown>
}

describe('the model facts an export carries for import', () => {
  it('writes one escaped JSON string with the requirements when they are given', () => {
    const facts = factsOf(exportTerraform(swiftlogix.config, { requirements: swiftlogix.requirements }).files)
    expect(facts).toMatchObject({ archdeck: 1, name: 'SwiftLogix final proposal', requirements: swiftlogix.requirements })
    expect(factsOf(exportTerraform(swiftlogix.config).files).requirements).toBeUndefined()
  })

  it('holds only what the resources cannot carry: a scaled service behind a load balancer has no counts, port or health check there', () => {
    const facts = factsOf(exportTerraform(swiftlogix.config).files) as { services: Record<string, Record<string, unknown>> }
    expect(Object.keys(facts.services.order!).sort()).toEqual(['performance', 'trafficShare'])
  })

  it('keeps a name with template characters inert', () => {
    const config = { ...swiftlogix.config, name: 'Plan ${file("/etc/passwd")} %{ if true }' }
    const local = JSON.parse(exportTerraform(config).files.find((f) => f.name === 'main.tf.json')!.content).locals[MODEL_FACTS_LOCAL] as string
    expect(local).not.toMatch(/(?<![$])\$\{|(?<!%)%\{/)
    expect(factsOf(exportTerraform(config).files).name).toBe(config.name)
  })
})
