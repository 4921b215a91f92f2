import { kpi as en } from './en/kpi'
import { kpi as ko } from './ko/kpi'
import type { KpiReason } from './kpi-reasons'
import { speaker } from './speaker'

/** The KPI strip's own words, without the rest of the catalog. */
export const sayKpi = speaker<KpiReason>({ en, ko })
