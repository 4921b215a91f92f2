/**
 * `npx tsx scripts/validate-terraform.ts`: exports every preset and every test variant and runs
 * Terraform's own validator on each (`terraform init -plugin-dir … && terraform validate`), where
 * this machine has a `terraform` binary and an offline provider mirror (TF_PLUGIN_DIR, default
 * /opt/tf-plugins). When the mirror's AWS provider is older than the export's constraint, the
 * copy being validated is pinned to the mirrored version and the run says so. CI does not run it:
 * it depends on the machine; tfcheck (in the unit tests) is the check every machine runs.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRESETS } from '../data/presets'
import { exportTerraform } from '../lib/terraform'
import { VARIANTS } from '../lib/terraform/test-configs.test-helper'

const pluginDir = process.env.TF_PLUGIN_DIR ?? '/opt/tf-plugins'
const awsDir = join(pluginDir, 'registry.terraform.io', 'hashicorp', 'aws')
const hasTerraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0
if (!hasTerraform || !existsSync(awsDir)) {
  console.log(`skipped: needs a terraform binary and an AWS provider mirror in ${awsDir}`)
  process.exit(0)
}
const mirrored = readdirSync(awsDir).sort().at(-1)!
const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' }
const designs = [...PRESETS.map((p) => ({ name: `preset ${p.id}`, config: p.scenario.config })), ...VARIANTS.map((v) => ({ name: `variant "${v.name}"`, config: v.config }))]
let failed = 0
let pinnedFrom: string | null = null
for (const { name, config } of designs) {
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-validate-'))
  try {
    for (const file of exportTerraform(config).files) {
      const constraint = /"version": "([^"]+)"/.exec(file.content)?.[1]
      if (file.name === 'main.tf.json' && constraint && constraint !== mirrored) pinnedFrom = constraint
      writeFileSync(join(dir, file.name), file.content.replace(/("source": "hashicorp\/aws",\s*"version": )"[^"]+"/, `$1"${mirrored}"`))
    }
    const init = spawnSync('terraform', ['init', '-backend=false', `-plugin-dir=${pluginDir}`, '-no-color'], { cwd: dir, env, encoding: 'utf8' })
    const validate = init.status === 0 ? spawnSync('terraform', ['validate', '-no-color'], { cwd: dir, env, encoding: 'utf8' }) : init
    const ok = validate.status === 0
    if (!ok) failed++
    console.log(`${ok ? 'valid  ' : 'INVALID'} ${name}${ok ? '' : `\n${(validate.stdout + validate.stderr).trim()}`}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
if (pinnedFrom) console.log(`note: validated against the mirrored hashicorp/aws ${mirrored}; the exports ask for ${pinnedFrom}`)
console.log(`${designs.length - failed} valid, ${failed} invalid`)
process.exitCode = failed > 0 ? 1 : 0
