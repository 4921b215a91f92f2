#!/usr/bin/env node
/**
 * Reads `npm audit --omit=dev --json` on stdin and decides what CI does with it
 * (docs/decisions/006-web-security.md):
 *   exit 0 — no high or critical advisory in runtime dependencies, or each one is an exception
 *            listed in .ci/audit-exceptions with a date it expires that has not passed;
 *   exit 1 — high or critical advisories remain: CI fails and they are listed;
 *   exit 3 — the report is not an audit (the advisory service could not be reached or refused
 *            the request): CI prints a notice and goes on.
 * .ci/audit-exceptions lines: `GHSA-xxxx-xxxx-xxxx 2027-01-31 why it cannot be fixed yet`.
 */
import { existsSync, readFileSync } from 'node:fs'

const input = readFileSync(0, 'utf8')
let report
try {
  report = JSON.parse(input)
} catch {
  report = null
}
if (!report || typeof report !== 'object' || !report.metadata?.vulnerabilities || !report.vulnerabilities) {
  const reason = report?.message ?? report?.error?.summary ?? (input.trim().split('\n')[0] || 'no output')
  const said = String(reason).replace(/\w+:\/\/\S+/g, '<advisory service>').slice(0, 200)
  console.log(`NOTICE: the dependency audit could not run (${said}); CI goes on without it.`)
  process.exit(3)
}

const today = new Date().toISOString().slice(0, 10)
const exceptionsFile = new URL('./audit-exceptions', import.meta.url)
const exceptions = new Map()
if (existsSync(exceptionsFile)) {
  for (const line of readFileSync(exceptionsFile, 'utf8').split('\n')) {
    const [id, until] = line.trim().split(/\s+/)
    if (id && !id.startsWith('#') && /^\d{4}-\d{2}-\d{2}$/.test(until ?? '') && until >= today) exceptions.set(id, until)
  }
}

const blocking = []
for (const [name, entry] of Object.entries(report.vulnerabilities)) {
  for (const via of entry.via ?? []) {
    if (typeof via !== 'object' || !['high', 'critical'].includes(via.severity)) continue
    const id = String(via.url ?? '').split('/').pop() || `${name}:${via.title}`
    if (exceptions.has(id)) console.log(`audit exception: ${id} in ${name} (until ${exceptions.get(id)})`)
    else blocking.push(`${via.severity} ${id} in ${name}${entry.isDirect ? '' : ' (indirect)'}: ${via.title} — fix: ${entry.fixAvailable ? 'available' : 'none yet'}`)
  }
}
const counts = report.metadata.vulnerabilities
console.log(`npm audit (runtime dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`)
if (blocking.length > 0) {
  console.log(`High or critical advisories without an exception:\n  ${[...new Set(blocking)].join('\n  ')}`)
  process.exit(1)
}
process.exit(0)
