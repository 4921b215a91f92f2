import type { ArchitectureConfig, Requirements } from '../model'
import { assessAzOutage } from './az-outage'
import { assessBadDeploy } from './bad-deploy'
import { computeCoverage, judgeScenario } from './verdicts'
import { assessDbDiskFull } from './db-disk-full'
import { assessDbUnresponsive } from './db-unresponsive'
import { assessEndpointLoss } from './endpoint-loss'
import { assessHostFailure } from './host-failure'
import { assessNatInstanceLoss } from './nat-instance-loss'
import { assessNatLoss } from './nat-loss'
import { assessRegionOutage } from './region-outage'
import { assessTaskCrash } from './task-crash'
import { listScenarioIds } from './scenario-ids'
import type { RecoveryAssessment, ScenarioDraft, ScenarioId } from './types'

const ASSESSORS: Record<ScenarioId, (config: ArchitectureConfig) => ScenarioDraft> = {
  'task-crash': assessTaskCrash,
  'host-failure': assessHostFailure,
  'db-unresponsive': assessDbUnresponsive,
  'az-outage': assessAzOutage,
  'bad-deploy': assessBadDeploy,
  'db-disk-full': assessDbDiskFull,
  'nat-loss': assessNatLoss,
  'nat-instance-loss': assessNatInstanceLoss,
  'endpoint-loss': assessEndpointLoss,
  'region-outage': assessRegionOutage,
}

/**
 * How the architecture recovers from eight failures, from a crashed task to a lost region, each
 * with mode, RTO/RPO, the reasoning, and the change that would make it automatic. The egress
 * scenario is the one the design has (listScenarioIds): NAT gateway, NAT instance or endpoints.
 * Example (swiftlogix: Fargate 3 × 2 tasks, Single-AZ RDS, one NAT gateway, no DR): task-crash,
 * host-failure and db-unresponsive auto, az-outage and bad-deploy partial, the other three manual
 * → coverage "3 of 8 scenarios recover automatically = 37.5 %"; single points of failure
 * ['bastion', 'database', 'nat', 'region'].
 */
export function assessRecovery(config: ArchitectureConfig, requirements: Requirements): RecoveryAssessment {
  const scenarios = listScenarioIds(config.network).map((id) => judgeScenario(ASSESSORS[id](config), requirements))
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
