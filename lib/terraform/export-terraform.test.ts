import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../data/presets'
import type { ArchitectureConfig } from '../model'
import { exportTerraform } from './index'
import { canonicalize, type Json } from './json'
import { HAS_TFCHECK, TFCHECK, ruleIds, runTfcheck, unaskedHighWarnings } from './tfcheck.test-helper'
import { VARIANTS, variantOf } from './test-configs.test-helper'

if (!HAS_TFCHECK) console.warn(`tfcheck not found at ${TFCHECK}: the Terraform validation tests are skipped`)

type Module = { resource: Record<string, Record<string, Record<string, Json>>>; variable: Record<string, Record<string, Json>> }

function exportModule(config: ArchitectureConfig) {
  const { files } = exportTerraform(config)
  const text = (name: string) => files.find((f) => f.name === name)?.content ?? ''
  const main = JSON.parse(text('main.tf.json')) as Module
  const variables = JSON.parse(text('variables.tf.json')) as Module
  return { files, mainText: text('main.tf.json'), variablesText: text('variables.tf.json'), main, variables: variables.variable }
}

/** Every `var.NAME` inside a `${…}` of the file. */
function variableReferences(text: string): Set<string> {
  return new Set([...text.matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_-]*)/g)].map((m) => m[1]!))
}

const configs = [
  ...PRESETS.map((p) => ({ name: `preset ${p.id}`, config: p.scenario.config })),
  ...VARIANTS.map((v) => ({ name: v.name, config: v.config })),
]

/**
 * Types the provider has but tfcheck's schema subset does not carry (tfcheck notes them and
 * checks no argument); `npm run validate:terraform` checks them against the real provider schema.
 */
const TYPES_OUTSIDE_THE_SUBSET = ['aws_ec2_instance_connect_endpoint']
const isUncheckedTypeNote = (d: { severity: string; message: string }) =>
  d.severity === 'info' && TYPES_OUTSIDE_THE_SUBSET.some((type) => d.message.startsWith(`"${type}" exists in hashicorp/aws`))

describe('exportTerraform: tfcheck accepts every preset', () => {
  it.skipIf(!HAS_TFCHECK).each(PRESETS.map((p) => [p.id, p] as const))(
    'exports preset %s with no errors, no notes about unknown types and no unasked high-severity warning',
    (_id, preset) => {
      const report = runTfcheck(exportTerraform(preset.scenario.config).files)
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      expect(report.errors).toBe(0)
      expect(report.diagnostics.filter((d) => d.severity === 'info' && !isUncheckedTypeNote(d))).toEqual([])
      expect(unaskedHighWarnings(report, preset.scenario.config)).toEqual([])
    },
  )
})

describe('exportTerraform: tfcheck accepts configs that exercise every branch', () => {
  it.skipIf(!HAS_TFCHECK).each(VARIANTS.map((v) => [v.name, v.config] as const))('exports %s with no errors', (_name, config) => {
    const report = runTfcheck(exportTerraform(config).files)
    expect(report.diagnostics.filter((d) => d.severity !== 'warning' && !isUncheckedTypeNote(d))).toEqual([])
    expect(unaskedHighWarnings(report, config)).toEqual([])
  })

  it.skipIf(!HAS_TFCHECK)('reports the public and unencrypted database the config asks for', () => {
    const config = VARIANTS.find((v) => v.name.startsWith('a public, unencrypted database'))!.config
    const rules = runTfcheck(exportTerraform(config).files).diagnostics.flatMap(ruleIds)
    expect(rules).toEqual(expect.arrayContaining(['CKV_AWS_17', 'CKV_AWS_16', 'CKV_AWS_24']))
  })
})

describe('exportTerraform: user text cannot inject Terraform expressions', () => {
  const HOSTILE = '${file("/etc/passwd")} %{ if true } "quoted"\nnext line — 주문 ✓'
  const config = variantOf((c) => {
    c.name = `Evil ${HOSTILE}`
    c.securityGroups = c.securityGroups.map((sg) => ({
      ...sg,
      name: `${sg.name} ${HOSTILE}`,
      ingress: sg.ingress.map((r) => ({
        ...r,
        description: `${r.description ?? 'rule'} ${HOSTILE}`,
        peer: r.peer.kind === 'cidr' ? { ...r.peer, label: HOSTILE } : r.peer,
      })),
    }))
    c.loadBalancers = c.loadBalancers.map((lb) => ({ ...lb, name: HOSTILE }))
    c.services = c.services.map((s) => ({ ...s, name: `${s.name} ${HOSTILE}` }))
    c.edge = { ...c.edge, route53: { hostedZones: 1, queriesMillionsPerMonth: 0 } }
    c.monitoring = { ...c.monitoring, alarms: 3 }
  })
  const { files, mainText, variablesText } = exportModule(config)

  it.skipIf(!HAS_TFCHECK)('exports files tfcheck accepts with zero errors', () => {
    const report = runTfcheck(files)
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(report.errors).toBe(0)
  })

  it('escapes every interpolation and directive the user typed', () => {
    for (const text of [mainText, variablesText]) {
      expect(text).not.toMatch(/(^|[^$])\$\{file/)
      expect(text).not.toMatch(/(^|[^%])%\{ if/)
    }
    expect(mainText).toContain('$${file')
    expect(mainText).toContain('%%{ if true }')
  })

  it('only ever interpolates references the exporter wrote', () => {
    const allowed = /^(var|aws_[a-z0-9_]+|data\.aws_[a-z0-9_]+|each)\.|^(toset|length)\(|^local\.archdeck_model_facts$/
    expect(mainText).toContain('${var.db_username}')
    for (const text of [mainText, variablesText]) {
      const live = [...text.matchAll(/(?<![$])\$\{([^}]*)\}/g)].map((m) => m[1]!)
      expect(live.filter((expr) => !allowed.test(expr))).toEqual([])
      expect(text).not.toMatch(/(?<![%])%\{/)
    }
  })

  it('keeps unicode and quotes where AWS allows them and valid JSON throughout', () => {
    expect(mainText).toContain('주문')
    expect(() => JSON.parse(mainText)).not.toThrow()
  })
})

describe('exportTerraform: the checks are real', () => {
  it.skipIf(!HAS_TFCHECK)('makes tfcheck warn CKV_AWS_24 for SSH open to the world', () => {
    const config = variantOf((c) => {
      c.securityGroups.push({
        id: 'ssh-world',
        name: 'SSH from anywhere',
        ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } }],
      })
    })
    const report = runTfcheck(exportTerraform(config).files)
    const ssh = report.diagnostics.filter((d) => ruleIds(d).includes('CKV_AWS_24'))
    expect(ssh).toHaveLength(1)
    expect(ssh[0]!.path).toBe('resource.aws_vpc_security_group_ingress_rule.ssh_world_in_1')
    expect(report.errors).toBe(0)
  })
})

describe('exportTerraform: secrets', () => {
  // RDS User Guide, "Password management with Amazon RDS and AWS Secrets Manager": with
  // manage_master_user_password RDS generates the password, keeps it in Secrets Manager and rotates
  // it, so it is in neither the configuration, a variable nor the Terraform state.
  it.each(configs)('lets RDS keep the master password in Secrets Manager and writes no password anywhere: $name', ({ config }) => {
    const { main, variables, mainText } = exportModule(config)
    expect(variables).not.toHaveProperty('db_password')
    for (const [name, variable] of Object.entries(variables))
      if (variable.sensitive) expect(variable, name).not.toHaveProperty('default')
    expect(main.resource.aws_db_instance!.main).not.toHaveProperty('password')
    expect(main.resource.aws_db_instance!.main!.manage_master_user_password).toBe(true)
    expect(main.resource.aws_db_instance!.main!.username).toBe('${var.db_username}')
    expect(variables.db_username!.default).toBe('app_admin')
    // Any argument named like a credential holds a variable reference, never a literal.
    for (const m of mainText.matchAll(/"(password|master_password|auth_token|secret_string|secret_key|access_key|token)": "([^"]*)"/g))
      expect(m[2]).toMatch(/^\$\{var\.[a-z_]+\}$/)
  })
})

describe('exportTerraform: variables and formatting', () => {
  it.each(configs)('declares exactly the variables main.tf.json uses: $name', ({ config }) => {
    const { mainText, variables } = exportModule(config)
    const used = variableReferences(mainText)
    expect([...used].sort()).toEqual(Object.keys(variables).sort())
    for (const variable of Object.values(variables)) {
      expect(variable.type).toEqual(expect.any(String))
      expect(variable.description).toEqual(expect.any(String))
    }
  })

  it.each(configs)('pins the AWS provider and the config region: $name', ({ config }) => {
    const main = exportModule(config).main as unknown as {
      terraform: { required_providers: { aws: unknown } }
      provider: { aws: { region: string; alias?: string }[] }
    }
    expect(main.terraform.required_providers.aws).toEqual({ source: 'hashicorp/aws', version: '~> 6.25' })
    expect(main.provider.aws.find((p) => !p.alias)?.region).toBe(config.region)
  })

  it.each(configs)('writes pretty JSON with sorted keys, the same bytes every time: $name', ({ config }) => {
    const first = exportTerraform(config).files
    expect(exportTerraform(structuredClone(config)).files).toEqual(first)
    expect(first.map((f) => f.name)).toEqual(['main.tf.json', 'variables.tf.json'])
    for (const file of first) {
      const parsed = JSON.parse(file.content) as Json
      expect(file.content).toBe(`${JSON.stringify(canonicalize(parsed), null, 2)}\n`)
    }
  })

  it.each(configs)('names every resource with a lower-case Terraform identifier: $name', ({ config }) => {
    const { main } = exportModule(config)
    for (const names of Object.values(main.resource))
      for (const name of Object.keys(names)) expect(name).toMatch(/^[a-z_][a-z0-9_]*$/)
  })
})

describe('exportTerraform: a design that cannot start', () => {
  it('says why at the top of main.tf.json, before any other note, and still passes tfcheck', () => {
    const preset = PRESETS.find((p) => p.id === 'swiftlogix')!
    const config: ArchitectureConfig = { ...preset.scenario.config, network: { ...preset.scenario.config.network, nat: { ...preset.scenario.config.network.nat, mode: 'none' }, routing: { ...preset.scenario.config.network.routing, 'private-app': { defaultRoute: 'none', mapPublicIpOnLaunch: false } } } }
    const { main, files } = exportModule(config)
    const comment = (main as unknown as { '//': string })['//']
    expect(comment).toMatch(/^\(1\) ArchDeck: this design cannot run as drawn\. Fix these before applying: .*cannot pull their container images/)
    if (HAS_TFCHECK) expect(runTfcheck(files).errors).toBe(0)
  })

  it('writes no such note for a design that runs', () => {
    for (const preset of PRESETS) expect(exportModule(preset.scenario.config).mainText, preset.id).not.toContain('cannot run as drawn')
  })
})
