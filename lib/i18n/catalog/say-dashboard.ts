import type { DashboardReason } from './dashboard-reasons'
import { dashboard as en } from './en/dashboard'
import { dashboard as ko } from './ko/dashboard'
import { speaker } from './speaker'

/** The dashboard page's title and description, without the rest of the catalog. */
export const sayDashboard = speaker<DashboardReason>({ en, ko })
