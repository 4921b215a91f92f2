import type { ArchitectureConfig } from '@/lib/model'

/**
 * The group a new part starts in: one whose id or name mentions `hint` ('bastion', 'cache',
 * 'alb'), else the first group of the design. The schema requires every part to carry one; the
 * user then opens its rules from the inspector.
 * firstGroupOf(swiftlogix, 'bastion') → 'bastion-sg'
 */
export function firstGroupOf(config: ArchitectureConfig, hint: string): string {
  const match = config.securityGroups.find((g) => g.id.includes(hint) || g.name.toLowerCase().includes(hint))
  return (match ?? config.securityGroups[0])?.id ?? ''
}
