import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findPreset } from '../../data/presets'
import { parseScenario } from '../../lib/model'
import { runCli, runCliAsync } from '../testing/run-cli'

const FIXTURES = join(__dirname, '../../test-fixtures/terraform')
const made: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-import-'))
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A preset exported by `archdeck export`, as a user would then import it. */
function exported(preset: string): string {
  const dir = join(tempDir(), preset)
  expect(runCli('export', '--preset', preset, '--out', dir).code).toBe(0)
  return dir
}

describe('archdeck import', () => {
  it('reads an exported folder back into the design: --out writes a scenario `report --config` evaluates to the same total', async () => {
    const out = join(tempDir(), 'imported.json')
    const imported = await runCliAsync('import', exported('swiftlogix'), '--out', out)
    expect(imported).toMatchObject({ code: 0, stderr: '' })
    expect(imported.stdout).toMatch(/^Understood \(\d+\)$/m)
    expect(imported.stdout).toMatch(/^Assumed \(0\)$/m)
    expect(imported.stdout).toMatch(/^Skipped \(\d+\)$/m)
    expect(imported.stdout).toMatch(/^ {2}aws_ecs_service\.order → services\[order\]/m)
    expect(imported.stdout).toMatch(new RegExp(`^wrote ${out}$`, 'm'))
    const again = JSON.parse(runCli('report', '--config', out, '--json').stdout)
    const original = JSON.parse(runCli('report', '--preset', 'swiftlogix', '--json').stdout)
    expect(again.cost.monthlyUsd).toBe(original.cost.monthlyUsd)
    expect(parseScenario(JSON.parse(readFileSync(out, 'utf8')))).toMatchObject({ ok: true, value: findPreset('swiftlogix')!.scenario })
  })

  it('--json prints understood, assumed, skipped and the scenario, each reason in English with its code and params', async () => {
    const { code, stdout } = await runCliAsync('import', exported('petclinic-3tier'), '--json')
    expect(code).toBe(0)
    const json = JSON.parse(stdout)
    expect(Object.keys(json)).toEqual(['understood', 'assumed', 'skipped', 'scenario'])
    expect(json.understood[0]).toMatchObject({ address: expect.any(String), becomes: expect.any(String), where: { file: expect.stringMatching(/\.tf\.json$/), line: expect.any(Number) } })
    expect(json.skipped[0]).toMatchObject({ address: expect.any(String), resourceType: expect.any(String), why: expect.any(String), code: expect.stringMatching(/^import\./) })
    expect(parseScenario(json.scenario).ok).toBe(true)
  })

  it('words the report in Korean with --lang ko', async () => {
    const { code, stdout } = await runCliAsync('import', exported('standard-web'), '--lang', 'ko')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^가져온 것 \(\d+\)$/m)
    expect(stdout).toMatch(/^건너뛴 것 \(\d+\)$/m)
  })

  it('passes --var NAME=VALUE to the variables, over every other source', async () => {
    const vars = ['region=eu-west-1', 'environment=prod', 'app_image=catalog:1', 'app_desired_count=4', 'app_cpu=1024', 'app_memory=2048', 'db_instance_class=db.m6g.large', 'db_password=from-the-pipeline']
    const { code, stdout } = await runCliAsync('import', join(FIXTURES, 'required-variables'), '--json', ...vars.flatMap((v) => ['--var', v]))
    expect(code).toBe(0)
    const { scenario, assumed } = JSON.parse(stdout)
    expect(scenario.config.region).toBe('eu-west-1')
    expect(scenario.config.database.instanceClass).toBe('db.m6g.large')
    expect(assumed.filter((a: { code: string }) => a.code === 'import.assumed.variable-without-value')).toEqual([])
    expect(stdout).not.toContain('from-the-pipeline')
  })

  it('applies a .tfvars found in a folder only when it is named as a PATH, as terraform applies one only with -var-file', async () => {
    const folder = join(FIXTURES, 'vars-and-tfvars')
    const json = async (...paths: string[]) => JSON.parse((await runCliAsync('import', ...paths, '--json')).stdout)
    const folderOnly = await json(folder)
    // terraform.tfvars loads by itself (db.t3.small); prod.tfvars does not, and the report says so.
    expect(folderOnly.scenario.config.database.instanceClass).toBe('db.t3.small')
    expect((await runCliAsync('import', folder)).stdout).toContain('prod.tfvars was not applied')
    const named = await json(folder, join(folder, 'prod.tfvars'))
    expect(named.scenario.config.database).toMatchObject({ instanceClass: 'db.r6g.large', multiAz: true })
  })

  it('reads terraform show -json of a plan given as a file', async () => {
    const { code, stdout } = await runCliAsync('import', join(FIXTURES, 'plan-json', 'plan.json'), '--json')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).scenario.config.region).toBe('eu-central-1')
  })

  it('exits 2 naming the file, line and column of a syntax error, and writes nothing', async () => {
    const out = join(tempDir(), 'never.json')
    const { code, stdout, stderr } = await runCliAsync('import', join(FIXTURES, 'broken'), '--out', out)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^archdeck: \S*main\.tf:\d+:\d+: /m)
    expect(() => readFileSync(out)).toThrow()
  })

  it('exits 2 on a path that does not exist, a folder without Terraform files, and a file that is not Terraform\'s JSON output', async () => {
    expect(await runCliAsync('import', join(tempDir(), 'missing'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/^archdeck: cannot read .*missing: no such file or folder \(ENOENT\)$/) })
    const empty = tempDir()
    writeFileSync(join(empty, 'README.md'), '# not Terraform')
    expect(await runCliAsync('import', empty)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^archdeck: no Terraform files/) })
    const other = join(tempDir(), 'other.json')
    writeFileSync(other, '{"format_version": "2.0", "values": {}}')
    expect(await runCliAsync('import', other)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^archdeck: \S*other\.json: /) })
  })

  it('refuses a bad --var or a missing PATH with one line and exit 2', async () => {
    expect(await runCliAsync('import')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^archdeck: import needs at least one PATH/) })
    expect(await runCliAsync('import', '.', '--var', 'no-equals')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--var takes NAME=VALUE/) })
    expect(await runCliAsync('import', '.', '--lang', 'fr')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--lang must be en or ko/) })
  })

  it('is in --help', () => {
    expect(runCli('--help').stdout).toMatch(/^ {2}import PATH \.\.\. \[--out FILE\] \[--json\] \[--var NAME=VALUE \.\.\.\]/m)
  })
})
