import type { PresetInput } from './preset-schema'

type LoadBalancerInput = PresetInput['scenario']['config']['loadBalancers'][number]

/** Private tiers reach the internet through NAT, the DB tier not at all (seeds 002–004). */
export const THREE_TIER_ROUTING = {
  public: { defaultRoute: 'igw', mapPublicIpOnLaunch: false },
  'private-app': { defaultRoute: 'nat', mapPublicIpOnLaunch: false },
  'private-db': { defaultRoute: 'none', mapPublicIpOnLaunch: false },
} as const

export const WEB_LISTENERS = [
  { port: 80, protocol: 'HTTP', redirectToHttps: true },
  { port: 443, protocol: 'HTTPS', redirectToHttps: false },
] as const

const WORLD = { kind: 'cidr', cidr: '0.0.0.0/0', label: 'Internet' } as const

type Routing = NonNullable<LoadBalancerInput['routing']>

/**
 * The internet-facing ALB every seed design puts in the public subnets. Its routing is least
 * outstanding requests unless a seed names another: one pooled queue is how ArchDeck has always
 * judged these designs' latency, so their figures stay as the seeds were read.
 */
export function publicAlb(securityGroup = 'alb-sg', routing: Routing = 'least-outstanding-requests'): LoadBalancerInput {
  return {
    id: 'alb',
    name: 'Public ALB',
    scheme: 'external',
    listeners: WEB_LISTENERS.map((l) => ({ ...l })),
    securityGroups: [securityGroup],
    dropInvalidHeaders: true,
    routing,
  }
}

/** 80 and 443 open to the world: the only rules an internet-facing ALB needs. */
export const WEB_INGRESS = [
  { protocol: 'tcp', fromPort: 80, toPort: 80, peer: WORLD, description: 'HTTP from the internet' },
  { protocol: 'tcp', fromPort: 443, toPort: 443, peer: WORLD, description: 'HTTPS from the internet' },
] as const
