import type { ArchitectureConfig, LoadBalancer } from './architecture'
import { nextFreeId } from './edit-ids'

type Listener = LoadBalancer['listeners'][number]

/** Applies `change` to the load balancer `loadBalancerId`. */
function updateLoadBalancer(config: ArchitectureConfig, loadBalancerId: string, change: (lb: LoadBalancer) => LoadBalancer): ArchitectureConfig {
  return { ...config, loadBalancers: config.loadBalancers.map((lb) => (lb.id === loadBalancerId ? change(lb) : lb)) }
}

/**
 * Adds an internet-facing load balancer named `name` with one HTTP listener on 80, in
 * `securityGroups`; no service points at it until one is linked. Returns the new id ('alb', 'alb-2', …).
 */
export function addLoadBalancer(config: ArchitectureConfig, name: string, securityGroups: string[]): { config: ArchitectureConfig; loadBalancerId: string } {
  const loadBalancerId = nextFreeId('alb', config.loadBalancers.map((lb) => lb.id))
  const lb: LoadBalancer = { id: loadBalancerId, name, scheme: 'external', listeners: [{ port: 80, protocol: 'HTTP', redirectToHttps: false }], securityGroups, dropInvalidHeaders: true }
  return { config: { ...config, loadBalancers: [...config.loadBalancers, lb] }, loadBalancerId }
}

/** Removes a load balancer and clears the link of every service it fronted (they are then not load-balanced). */
export function removeLoadBalancer(config: ArchitectureConfig, loadBalancerId: string): ArchitectureConfig {
  return {
    ...config,
    loadBalancers: config.loadBalancers.filter((lb) => lb.id !== loadBalancerId),
    services: config.services.map(({ loadBalancer, ...s }) => (loadBalancer === loadBalancerId ? s : { ...s, ...(loadBalancer ? { loadBalancer } : {}) })),
  }
}

/** Scheme (internet-facing or internal) or routing algorithm; `routing: null` = AWS's round robin. */
export function patchLoadBalancer(config: ArchitectureConfig, loadBalancerId: string, patch: { scheme?: LoadBalancer['scheme']; routing?: LoadBalancer['routing'] | null }): ArchitectureConfig {
  return updateLoadBalancer(config, loadBalancerId, ({ routing, ...lb }) => {
    const next = patch.routing === undefined ? routing : (patch.routing ?? undefined)
    return { ...lb, ...(patch.scheme ? { scheme: patch.scheme } : {}), ...(next ? { routing: next } : {}) }
  })
}

/** Adds a listener; a port already listened on is left for the schema to refuse. */
export function addListener(config: ArchitectureConfig, loadBalancerId: string, listener: Listener): ArchitectureConfig {
  return updateLoadBalancer(config, loadBalancerId, (lb) => ({ ...lb, listeners: [...lb.listeners, listener] }))
}

/** Removes the listener at `index`; removing the last one is left for the schema to refuse. */
export function removeListener(config: ArchitectureConfig, loadBalancerId: string, index: number): ArchitectureConfig {
  return updateLoadBalancer(config, loadBalancerId, (lb) => ({ ...lb, listeners: lb.listeners.filter((_, i) => i !== index) }))
}
