import { evaluateScenario, type Evaluation } from '../evaluate'
import type { ArchitectureConfig, Scenario } from '../model'
import { assessSecurity, type SecurityAssessment } from '../security'

/**
 * The settings the security engine never reads (lib/security and lib/network name none of them):
 * sizes, counts, scaling, performance, and the database's class, Multi-AZ, replicas, insights and
 * purchase option. Most levers move only these, so designs that differ only here share one
 * security assessment, the costliest engine on a large design (reachability over every rule).
 */
function securityInputs(config: ArchitectureConfig): string {
  const { instanceClass: _c, insights: _i, purchase: _p, multiAz: _m, readReplicas: _r, ...database } = config.database
  const services = config.services.map(({ count: _n, scaling: _s, performance: _f, compute, ...rest }) => ({ ...rest, compute: compute.kind === 'ec2' ? compute : { kind: compute.kind } }))
  const cache = config.cache && { ...config.cache, purchase: undefined }
  return JSON.stringify({ ...config, database, services, cache })
}

/** evaluateScenario for many designs of one scenario: the same engines, the security answer reused where its inputs are the same. */
export function incrementalEvaluator(): (scenario: Scenario) => Evaluation {
  const security = new Map<string, SecurityAssessment>()
  const reusedSecurity: typeof assessSecurity = (config, requirements) => {
    const key = securityInputs(config)
    if (!security.has(key)) security.set(key, assessSecurity(config, requirements))
    return security.get(key)!
  }
  return (scenario) => evaluateScenario(scenario, { security: reusedSecurity })
}
