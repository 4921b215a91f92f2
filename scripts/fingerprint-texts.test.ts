import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BASELINE_DIR, baselineFiles } from './fingerprint-texts'

/** Every leaf as "path → value", so a difference names the field that moved. */
function flatten(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
    if (entries.length === 0) out.set(path, JSON.stringify(value))
    for (const [key, v] of entries) flatten(v, path ? `${path}.${key}` : key, out)
  } else out.set(path, JSON.stringify(value))
  return out
}

/** At most 25 lines "path: stored → now", enough to see which texts moved and how. */
function readableDiff(stored: string, now: string): string {
  const a = flatten(JSON.parse(stored), '', new Map())
  const b = flatten(JSON.parse(now), '', new Map())
  const lines: string[] = []
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(path) !== b.get(path)) lines.push(`${path}:\n    was ${a.get(path) ?? '(absent)'}\n    now ${b.get(path) ?? '(absent)'}`)
  }
  const shown = lines.slice(0, 25).join('\n')
  return lines.length > 25 ? `${shown}\n… and ${lines.length - 25} more` : shown
}

describe('restructure baseline (issue 11)', () => {
  for (const { file, build } of baselineFiles()) {
    it(`writes the same texts and figures for ${file} as before the restructuring`, () => {
      const stored = readFileSync(join(BASELINE_DIR, file), 'utf8')
      const now = build()
      // A deliberate change regenerates the baseline (npx tsx scripts/fingerprint-texts.ts) and lists it in CHANGES.md.
      expect(now === stored ? '' : readableDiff(stored, now)).toBe('')
    })
  }
})
