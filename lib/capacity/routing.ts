import type { ArchitectureConfig, Service } from '../model'
import type { RoutingReason } from './capacity-reasons'
import type { QueueInputs } from './erlang-c'

/**
 * How the service's load balancer routes, as the engine models it. Absent means round robin, the
 * default routing algorithm of an ALB target group (Elastic Load Balancing, "Routing algorithms":
 * "The default is round robin"). A service with no load balancer is read as one shared queue.
 */
export function routingOf(service: Service, config: ArchitectureConfig): RoutingReason {
  if (service.loadBalancer === undefined) return { code: 'capacity.routing.no-load-balancer', params: {} }
  const lb = config.loadBalancers.find((l) => l.id === service.loadBalancer)
  return lb?.routing === 'least-outstanding-requests'
    ? { code: 'capacity.routing.least-outstanding-requests', params: {} }
    : { code: 'capacity.routing.round-robin', params: {} }
}

/** True when every task has its own queue: round robin hands each target its turn whatever it holds. */
export function queuesPerTask(routing: RoutingReason): boolean {
  return routing.code === 'capacity.routing.round-robin'
}

/**
 * The queue one request waits in. Round robin splits the load evenly and each task queues its share
 * on its own workers (M/M/w at λ/n); least outstanding requests, or a shared queue, lets any free
 * worker take the next request (M/M/c with c = n × w). Utilisation is λS/(n·w) either way.
 *
 * Example: 20 req/s on 2 tasks of 1 worker: round robin → λ = 10 req/s, c = 1; pooled → λ = 20, c = 2.
 */
export function queueSeenByARequest(routing: RoutingReason, rps: number, serviceTimeSeconds: number, tasks: number, workersPerTask: number): QueueInputs {
  return queuesPerTask(routing)
    ? { arrivalRatePerSecond: rps / tasks, serviceTimeSeconds, servers: workersPerTask }
    : { arrivalRatePerSecond: rps, serviceTimeSeconds, servers: tasks * workersPerTask }
}
