import type { ArchitectureConfig, Requirements } from '../model'
import { assessAzOutage } from './az-outage'
import { assessBadDeploy } from './bad-deploy'
import { computeCoverage, judgeScenario } from './verdicts'
import { assessDbDiskFull } from './db-disk-full'
import { assessDbUnresponsive } from './db-unresponsive'
import { assessHostFailure } from './host-failure'
import { assessNatLoss } from './nat-loss'
import { assessRegionOutage } from './region-outage'
import { assessTaskCrash } from './task-crash'
import { SCENARIO_IDS, type RecoveryAssessment, type ScenarioDraft, type ScenarioId } from './types'

const ASSESSORS: Record<ScenarioId, (config: ArchitectureConfig) => ScenarioDraft> = {
  'task-crash': assessTaskCrash,
  'host-failure': assessHostFailure,
  'db-unresponsive': assessDbUnresponsive,
  'az-outage': assessAzOutage,
  'bad-deploy': assessBadDeploy,
  'db-disk-full': assessDbDiskFull,
  'nat-loss': assessNatLoss,
  'region-outage': assessRegionOutage,
}

/**
 * How the architecture recovers from eight failures, from a crashed task to a lost region, each
 * with mode, RTO/RPO, the reasoning, and the change that would make it automatic.
 * Example (swiftlogix: Fargate 3 × 2 tasks, Single-AZ RDS, one NAT, no DR): task-crash and
 * host-failure auto, az-outage partial, the other five manual → coverage
 * "2 of 8 scenarios recover automatically = 25 %"; single points of failure
 * ['bastion', 'database', 'nat', 'region'].
 */
export function assessRecovery(config: ArchitectureConfig, requirements: Requirements): RecoveryAssessment {
  const scenarios = SCENARIO_IDS.map((id) => judgeScenario(ASSESSORS[id](config), requirements))
  const count = (mode: string) => scenarios.filter((s) => s.mode === mode).length
  return {
    scenarios,
    autoCount: count('auto'),
    partialCount: count('partial'),
    manualCount: count('manual'),
    coverage: computeCoverage(scenarios),
    singlePointsOfFailure: [...new Set(scenarios.flatMap((s) => s.singlePointsOfFailure))],
  }
}
