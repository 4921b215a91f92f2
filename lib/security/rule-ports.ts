import type { SgRule } from '../model'

/** Ports the engine treats as plain web traffic, the only ones an internet-facing ALB should open. */
export const WEB_PORTS: readonly number[] = [80, 443]

/**
 * True when the rule lets traffic in on `port` (any protocol; `all` covers every port).
 * Example: { protocol: 'tcp', fromPort: 5432, toPort: 5432 } covers 5432 but not 5433.
 */
export function ruleCoversPort(rule: Pick<SgRule, 'protocol' | 'fromPort' | 'toPort'>, port: number): boolean {
  return rule.protocol === 'all' || (port >= rule.fromPort && port <= rule.toPort)
}

/** True for protocol `all` or the full 0–65535 range (CKV_AWS_277's "port -1"). */
export function coversAllPorts(rule: Pick<SgRule, 'protocol' | 'fromPort' | 'toPort'>): boolean {
  return rule.protocol === 'all' || (rule.fromPort === 0 && rule.toPort === 65535)
}

/**
 * How a rule's ports read on a diagram edge.
 * Example: 'TCP 443', 'TCP 1024-2048', 'UDP 53', 'ALL'.
 */
export function describeRulePorts(rule: Pick<SgRule, 'protocol' | 'fromPort' | 'toPort'>): string {
  if (rule.protocol === 'all') return 'ALL'
  const ports = rule.fromPort === rule.toPort ? `${rule.fromPort}` : `${rule.fromPort}-${rule.toPort}`
  return `${rule.protocol.toUpperCase()} ${ports}`
}
