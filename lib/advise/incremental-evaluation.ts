import { evaluateScenario, type Evaluation } from '../evaluate'
import type { ArchitectureConfig, Scenario } from '../model'
import { assessSecurity, type SecurityAssessment } from '../security'
import { designKeyer } from './design-key'

type Part = object

/**
 * The settings the security engine never reads (lib/security and lib/network name none of them):
 * sizes, counts, scaling, performance, and the database's class, Multi-AZ, replicas, insights and
 * purchase option. Most levers move only these, so designs that differ only here share one
 * security assessment, the costliest engine on a large design (reachability over every rule).
 * The key is written per part and kept per object: a lever copies only the parts it changes.
 */
function securityKeyer(): (config: ArchitectureConfig) => string {
  const json = designKeyer()
  const projected = new WeakMap<Part, string>()
  const keyOf = <T extends Part>(part: T, project: (part: T) => object): string => {
    let key = projected.get(part)
    if (key === undefined) {
      key = json(project(part))
      projected.set(part, key)
    }
    return key
  }
  return (config) => {
    const { services, database, cache, ...rest } = config
    const serviceKeys = services.map((service) =>
      keyOf(service, ({ count: _n, scaling: _s, performance: _f, compute, ...other }) => ({ ...other, compute: compute.kind === 'ec2' ? compute : { kind: compute.kind } })),
    )
    const databaseKey = keyOf(database, ({ instanceClass: _c, insights: _i, purchase: _p, multiAz: _m, readReplicas: _r, ...other }) => other)
    const cacheKey = cache ? keyOf(cache, ({ purchase: _p, ...other }) => other) : '-'
    return [json(rest), databaseKey, cacheKey, ...serviceKeys].join('\n')
  }
}

/** evaluateScenario for many designs of one scenario: the same engines, the security answer reused where its inputs are the same. */
export function incrementalEvaluator(): (scenario: Scenario) => Evaluation {
  const security = new Map<string, SecurityAssessment>()
  const securityKey = securityKeyer()
  const reusedSecurity: typeof assessSecurity = (config, requirements) => {
    const key = securityKey(config)
    let assessment = security.get(key)
    if (assessment === undefined) {
      assessment = assessSecurity(config, requirements)
      security.set(key, assessment)
    }
    return assessment
  }
  return (scenario) => evaluateScenario(scenario, { security: reusedSecurity })
}
