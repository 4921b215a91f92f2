import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCliAsync as runCli } from './testing/run-cli'

const BIN = fileURLToPath(new URL('../bin/archdeck.js', import.meta.url))

describe('archdeck refuses numbers beyond the evaluation limits', () => {
  it('exits 2 with one line naming the field and the limit for a trillion-task scheduled peak', async () => {
    const { code, stdout, stderr } = await runCli('report', '--preset', 'swiftlogix', '--set', 'services.0.scaling.policy=none', '--set', 'services.0.scaling.scheduledPeakCount=1000000000000')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('config.services[0].scaling.scheduledPeakCount: must be at most 500')
  })

  it('exits 2 from the command itself, as a shell sees it', () => {
    const result = spawnSync(process.execPath, [BIN, 'report', '--preset', 'swiftlogix', '--set', 'services.0.scaling.scheduledPeakCount=1000000000000'], { encoding: 'utf8', timeout: 25_000 })
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('services[0].scaling.scheduledPeakCount: must be at most 500')
  })
})
