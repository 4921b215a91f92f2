import type { Reason } from '../../explain/reason'

/** The dashboard page's own words: its browser tab title and description. Keys of the `dashboard` namespace. */
export type DashboardReason = Reason<'dashboard.title'> | Reason<'dashboard.description'>
