import type { DashboardReason } from '../dashboard-reasons'
import type { Messages } from '../define'

/** The dashboard page's title and description in English. */
export const dashboard: Messages<DashboardReason> = {
  'dashboard.title': () => 'ArchDeck — architecture decision dashboard',
  'dashboard.description': () => 'Cost, recovery, latency and security of an AWS architecture, for every stakeholder at once.',
}
