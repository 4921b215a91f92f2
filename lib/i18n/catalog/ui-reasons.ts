import type { Reason } from '../../explain/reason'

/**
 * The dashboard's own words: the header, the price catalogue, the notice bar and the labels of the
 * controls, the KPI strip and the topology panel that `t(locale, key)` has always served. Keys name
 * the place they appear; the English words of controls are also their accessible names, which the
 * browser journeys rely on. Keys of the `ui` namespace; lib/i18n/catalog/<language>/ui.ts words them.
 */
type Ui<Code extends string, Params extends object = Record<string, never>> = Reason<`ui.${Code}`, Params>

/** Labels without variables, the keys `t()` and `useT()` take. */
export type UiLabel =
    | 'header.preset'
    | 'header.prices'
    | 'header.import'
    | 'header.exportConfig'
    | 'header.exportTerraform'
    | 'header.compare'
    | 'header.present'
    | 'header.language'
    | 'header.menu'
    | 'controls.label'
    | 'controls.open'
    | 'controls.close'
    | 'controls.compute'
    | 'controls.resilience'
    | 'controls.database'
    | 'controls.demands'
    | 'controls.tasksPerService'
    | 'controls.maxTasksPerService'
    | 'controls.maxTasksHint'
    | 'controls.perService'
    | 'controls.fargateSize'
    | 'controls.fargateHint'
    | 'controls.noFargate'
    | 'controls.multiAz'
    | 'controls.nat'
    | 'controls.nat.none'
    | 'controls.nat.single'
    | 'controls.nat.perAz'
    | 'controls.nat.instance'
    | 'controls.azs'
    | 'controls.location'
    | 'controls.region'
    | 'controls.natOutbound'
    | 'controls.natOutboundHint'
    | 'controls.natOutboundUnit'
    | 'controls.notStated'
    | 'controls.regionHint'
    | 'controls.dbClass'
    | 'controls.budget'
    | 'controls.peak'
    | 'controls.slaP95'
    | 'controls.rto'
    | 'controls.rpo'
    | 'controls.ms'
    | 'controls.minutes'
    | 'kpi.cost'
    | 'kpi.budget'
    | 'kpi.within'
    | 'kpi.withinSoFar'
    | 'kpi.over'
    | 'kpi.recovery'
    | 'kpi.p95'
    | 'kpi.findings'
    | 'kpi.high'
    | 'kpi.medium'
    | 'kpi.low'
    | 'kpi.unknown'
    | 'kpi.lowerBound'
    | 'kpi.strip'
    | 'kpi.explain'
    | 'kpi.explainTitle'
    | 'topology.title'
    | 'topology.plain'
    | 'topology.internet'
    | 'topology.dbPath'
    | 'topology.highlight'
    | 'topology.overlay'
    | 'topology.none'
    | 'topology.selected'
    | 'topology.downloadPng'
    | 'topology.downloadSvg'  // The header's preset picker, import and language switch.
  | 'header.presetsLoading'
  | 'header.presetsUnavailable'
  | 'header.custom'
  | 'header.retry'
  | 'header.importFile'
  // Each language's catalog writes its own name ("English", "한국어"): the switch shows every language in itself.
  | 'language.ownName'
  // The price catalogue's table.
  | 'prices.loading'
  | 'prices.colPrice'
  | 'prices.colUsd'
  | 'prices.colUnit'
  | 'prices.colBasis'
  // The notice bar under the header.
  | 'notice.dismiss'
  | 'notice.dismissLabel'

export type UiReason =
  | { [K in UiLabel]: Ui<K> }[UiLabel]
  | Ui<'header.importTooLarge', { fileName: string }>
  | Ui<'prices.title', { region: string }>
  | Ui<'prices.label', { region: string }>
  /** `status` is the HTTP status the price API answered, null when it could not be reached. */
  | Ui<'prices.failed', { status: number | null }>
  | Ui<'prices.compiled', { date: string }>
