import { assessCapacity, type CapacityAssessment } from '../capacity'
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

/**
 * What the capacity engine reads (lib/capacity): the services, the AZ count (one task per AZ in its
 * recommendation) and the load balancers (their routing). The NAT, database, cache, purchase, insights
 * and admin-access levers move none of these, so most designs share their parent's capacity answer.
 */
function capacityKeyer(): (config: ArchitectureConfig) => string {
  const json = designKeyer()
  return ({ services, loadBalancers, network }) => `${network.azCount}\n${json(loadBalancers)}\n${json(services)}`
}

/** An engine that answers once per key and requirements: the answer is the engine's own for the first design with them. */
function reusing<Answer>(engine: (config: ArchitectureConfig, requirements: Scenario['requirements']) => Answer, keyOf: (config: ArchitectureConfig) => string) {
  const answers = new Map<string, Answer>()
  const requirementsKey = designKeyer()
  return (config: ArchitectureConfig, requirements: Scenario['requirements']): Answer => {
    const key = `${requirementsKey(requirements)}\n${keyOf(config)}`
    let answer = answers.get(key)
    if (answer === undefined) {
      answer = engine(config, requirements)
      answers.set(key, answer)
    }
    return answer
  }
}

/** evaluateScenario for many designs of one scenario: the same engines, the security and capacity answers reused where their inputs are the same. */
export function incrementalEvaluator(): (scenario: Scenario) => Evaluation {
  const security = reusing<SecurityAssessment>(assessSecurity, securityKeyer())
  const capacity = reusing<CapacityAssessment>(assessCapacity, capacityKeyer())
  return (scenario) => evaluateScenario(scenario, { security, capacity })
}
