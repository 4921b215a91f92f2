import { swiftlogixRequirements } from '../../../data/presets/swiftlogix-company'
import type { Requirements } from '../../model'
import { note, type MapContext } from './context'

/**
 * Terraform holds no traffic, budget, SLA or recovery objective. An ArchDeck export carries them in
 * its facts; any other configuration starts from SwiftLogix's stated demands (seed 000, the
 * project's reference design), every one listed in `assumed` for the user to edit. The NAT's
 * outbound volume is left unstated (its cost line says so) rather than borrowing the seed's figure.
 */
export function mapRequirements(ctx: MapContext): Requirements {
  const fact = ctx.facts?.requirements
  if (fact) {
    ctx.report.note(note('from-model-facts', { field: 'requirements' }))
    return fact as Requirements
  }
  const { natOutboundGbPerMonth: _seedOnly, ...traffic } = swiftlogixRequirements.traffic
  const defaults: Requirements = { ...swiftlogixRequirements, traffic: { ...traffic, daysPerMonth: traffic.daysPerMonth ?? 30 } }
  const assume = (field: string, value: unknown) => ctx.report.assumed(`requirements.${field}`, value, note('assumed.requirement-default', { field }))
  assume('budget.monthly', `${defaults.budget.monthly} ${defaults.budget.currency}`)
  assume('budget.krwPerUsd', defaults.budget.krwPerUsd)
  assume('traffic.bands', defaults.traffic.bands.map((b) => `${b.name} ${b.rps} req/s × ${b.hoursPerDay} h`).join(', '))
  assume('traffic.peak', `${defaults.traffic.peak.name} ${defaults.traffic.peak.rps} req/s × ${defaults.traffic.peak.durationHours} h`)
  assume('traffic.responseSizeKb', defaults.traffic.responseSizeKb)
  assume('sla.p95Ms', defaults.sla.p95Ms)
  assume('sla.networkOverheadMs', defaults.sla.networkOverheadMs)
  assume('recovery.rtoMinutes', defaults.recovery.rtoMinutes)
  assume('recovery.rpoMinutes', defaults.recovery.rpoMinutes)
  assume('securityPolicy.allowed', defaults.securityPolicy.allowed.map((a) => `${a.from} → ${a.to}`).join(', '))
  assume('securityPolicy.requireFlowLogs', defaults.securityPolicy.requireFlowLogs)
  assume('securityPolicy.requireEncryption', defaults.securityPolicy.requireEncryption)
  assume('securityPolicy.adminAccess', defaults.securityPolicy.adminAccess)
  return defaults
}
