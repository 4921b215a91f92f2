import type { SoakReport } from './run-backend'

const SHOWN_PROBLEMS = 20

/**
 * The figures of one back end, a line each, then what went wrong:
 *   PGlite: PASS
 *     writes        1,204 attempted, 1,180 acknowledged, 1,180 present, 0 lost
 *     …
 */
export function describeReport(report: SoakReport): string {
  const n = (value: number) => value.toLocaleString('en-US')
  const lines = [
    `${report.backend}: ${report.problems.length === 0 && report.lost === 0 ? 'PASS' : 'FAIL'}`,
    `  writes        ${n(report.attempted)} attempted, ${n(report.acknowledged)} acknowledged, ${n(report.present)} present, ${n(report.lost)} lost`,
    `  unanswered    ${n(report.unacknowledged)} (no answer: a kill cut the connection), ${n(report.unacknowledgedPresent)} of them stored complete`,
    `  acknowledged  ${n(report.conflicts)} conflict copies (409), ${n(report.restores)} restores, ${n(report.decisions)} decisions`,
    `  retries       ${n(report.retried)} saves sent again with the same clientSaveId, ${n(report.resentAfterCut)} of them after a kill cut the connection`,
    `  kills         ${report.killsSurvived} of ${report.killsPlanned} survived (SIGKILL, then restart)`,
    `  server 5xx    ${n(report.serverErrors)}`,
    `  duration      ${report.durationSeconds.toFixed(1)} s`,
  ]
  if (report.logFile) lines.push(`  server log    ${report.logFile}`)
  for (const problem of report.problems.slice(0, SHOWN_PROBLEMS)) lines.push(`  ✗ ${problem}`)
  if (report.problems.length > SHOWN_PROBLEMS) lines.push(`  … and ${report.problems.length - SHOWN_PROBLEMS} more problems`)
  return lines.join('\n')
}
