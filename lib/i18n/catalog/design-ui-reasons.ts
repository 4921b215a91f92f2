import type { Reason } from '../../explain/reason'

/** The dashboard's words around a design that cannot run (the KPI strip, verdicts, the export). */
type DesignUi<Code extends string, Params extends object = Record<string, never>> = Reason<`design.ui.${Code}`, Params>

export type DesignUiReason =
  | DesignUi<'cannot-run', { reasons: number }>
  | DesignUi<'cannot-start'>
  | DesignUi<'export-header'>
  | DesignUi<'views-note'>
