import { advise } from '../../lib/advise'
import type { AdviceGoals } from '../../lib/advise/types'
import type { Io } from '../io'
import { loadScenario } from '../load-scenario'
import { toAdviceJson } from './advice-json'
import { adviceLines } from './advice-text'
import type { AdviseArgs } from './args'

/** The goals given on the command line; the rest come from the scenario's requirements. */
function goalsOf(args: AdviseArgs): Partial<AdviceGoals> {
  return {
    ...(args.budgetKrw !== undefined ? { budgetKrw: args.budgetKrw } : {}),
    ...(args.peakBudgetKrw !== undefined ? { peakBudgetKrw: args.peakBudgetKrw } : {}),
    ...(args.slaP95Ms !== undefined ? { slaP95Ms: args.slaP95Ms } : {}),
    ...(args.minCoverage !== undefined ? { minCoverage: args.minCoverage } : {}),
    ...(args.mustBeAuto !== undefined ? { mustBeAuto: args.mustBeAuto } : {}),
    ...(args.maxRtoMinutes !== undefined ? { maxRtoMinutes: args.maxRtoMinutes } : {}),
    ...(args.maxRpoMinutes !== undefined ? { maxRpoMinutes: args.maxRpoMinutes } : {}),
  }
}

/**
 * `archdeck advise`: searches the designs reachable from the preset or config by the advisor's
 * levers and prints the cheapest that meets every goal (or the closest), the trade-off frontier
 * and how many designs were examined. Exit codes: 0 a design meets every goal; 1 none does;
 * 2 bad input (an unknown preset, an unreadable or invalid config), as every command answers it.
 */
export function runAdvise(args: AdviseArgs, io: Io): number {
  const loaded = loadScenario({ preset: args.preset, configFile: args.configFile, sets: [] })
  if (!loaded.ok) {
    io.err(`archdeck: ${loaded.message}`)
    return 2
  }
  const result = advise(loaded.scenario, goalsOf(args))
  if (args.json) io.out(JSON.stringify(toAdviceJson(loaded.label, result), null, 2))
  else for (const line of adviceLines(loaded.label, result, args.lang)) io.out(line)
  return result.best ? 0 : 1
}
