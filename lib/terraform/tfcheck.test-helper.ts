// Test support (not part of the export): runs ../shared/tools/tfcheck on exported files.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ArchitectureConfig } from '../model'
import type { TerraformFile } from './export-terraform'

export const TFCHECK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/tools/tfcheck/tfcheck.js')
export const HAS_TFCHECK = existsSync(TFCHECK)

type TfcheckDiagnostic = { severity: 'error' | 'warning' | 'info'; file: string; line: number; path: string; message: string; rule?: string }
type TfcheckReport = { errors: number; warnings: number; diagnostics: TfcheckDiagnostic[] }

/** Writes the files to a fresh temp dir, runs `tfcheck --json DIR`, removes the dir. */
export function runTfcheck(files: readonly TerraformFile[]): TfcheckReport {
  const dir = mkdtempSync(path.join(tmpdir(), 'archdeck-tf-'))
  try {
    for (const file of files) writeFileSync(path.join(dir, file.name), file.content)
    const run = spawnSync(process.execPath, [TFCHECK, '--json', dir], { encoding: 'utf8' })
    if (run.status !== 0 && run.status !== 1) throw new Error(`tfcheck failed (${run.status}): ${run.stderr}`)
    return JSON.parse(run.stdout) as TfcheckReport
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Checks many modules with one tfcheck run (one directory each, `m0`, `m1`, …) and returns one
 * report per module, in order: property tests check dozens of exports for the price of one.
 */
export function runTfcheckOnMany(modules: readonly (readonly TerraformFile[])[]): TfcheckReport[] {
  const root = mkdtempSync(path.join(tmpdir(), 'archdeck-tf-many-'))
  try {
    const dirs = modules.map((files, i) => {
      const dir = path.join(root, `m${i}`)
      mkdirSync(dir)
      for (const file of files) writeFileSync(path.join(dir, file.name), file.content)
      return dir
    })
    if (dirs.length === 0) return []
    const run = spawnSync(process.execPath, [TFCHECK, '--json', ...dirs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    if (run.status !== 0 && run.status !== 1) throw new Error(`tfcheck failed (${run.status}): ${run.stderr}`)
    const all = (JSON.parse(run.stdout) as TfcheckReport).diagnostics
    return dirs.map((dir) => {
      const diagnostics = all.filter((d) => path.dirname(d.file) === dir)
      const count = (severity: TfcheckDiagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length
      return { errors: count('error'), warnings: count('warning'), diagnostics }
    })
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** Rules whose warning means a real exposure or a leaked secret. */
const HIGH_RULES = [
  'CKV_AWS_24', 'CKV_AWS_25', 'CKV_AWS_277', 'AVD-AWS-0107', 'CKV_AWS_17', 'CKV_AWS_16', 'CKV_AWS_41',
  'GEN001', 'GEN002', 'GEN003', 'AVD-AWS-0180', 'AVD-AWS-0080', 'AVD-AWS-0036',
] as const

/** Rule ids named in a diagnostic's rule text: 'CKV_AWS_24 / AVD-AWS-0107' → both. */
export function ruleIds(diagnostic: TfcheckDiagnostic): string[] {
  return diagnostic.rule?.match(/CKV2?_AWS_\d+|AVD-AWS-\d+|GEN\d+/g) ?? []
}

/** SSH, RDP and database ports tfcheck looks for in world-open ingress. */
const DB_PORTS = [3306, 5432, 1433, 1521, 6379, 11211, 27017, 9042, 5439, 9200]

/**
 * The high rules a config asks for on purpose: world-open ingress to SSH/RDP/DB/all ports, a
 * public or unencrypted database. Never secrets.
 */
function highRulesAskedFor(config: ArchitectureConfig): Set<string> {
  const asked = new Set<string>()
  for (const sg of config.securityGroups)
    for (const rule of sg.ingress) {
      if (rule.peer.kind !== 'cidr' || rule.peer.cidr !== '0.0.0.0/0') continue
      const [from, to] = rule.protocol === 'all' ? [0, 65535] : [rule.fromPort, rule.toPort]
      const open = (port: number) => from <= port && port <= to
      if (from <= 0 && to >= 65535) asked.add('CKV_AWS_277').add('AVD-AWS-0107')
      if (open(22)) asked.add('CKV_AWS_24').add('AVD-AWS-0107')
      if (open(3389)) asked.add('CKV_AWS_25').add('AVD-AWS-0107')
      if (DB_PORTS.some(open)) asked.add('AVD-AWS-0107')
    }
  if (config.database.publiclyAccessible) asked.add('CKV_AWS_17').add('AVD-AWS-0180')
  if (!config.database.encrypted) asked.add('CKV_AWS_16').add('AVD-AWS-0080')
  return asked
}

/** High-rule warnings the config did not ask for. */
export function unaskedHighWarnings(report: TfcheckReport, config: ArchitectureConfig): TfcheckDiagnostic[] {
  const asked = highRulesAskedFor(config)
  return report.diagnostics.filter(
    (d) => d.severity === 'warning' && ruleIds(d).some((id) => (HIGH_RULES as readonly string[]).includes(id) && !asked.has(id)),
  )
}
