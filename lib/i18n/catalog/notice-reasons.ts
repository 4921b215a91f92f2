import type { Reason } from '../../explain/reason'
import type { ProblemList, SavedStateIssue } from '../../model/model-issues'

/** The dashboard's edits, as a refused one is named in its notice. */
export type EditName = 'tasks-per-service' | 'max-tasks-per-service' | 'task-count' | 'db-multi-az' | 'nat-gateways' | 'db-class' | 'az-count' | 'fargate-size' | 'budget' | 'peak-traffic' | 'region' | 'nat-outbound'

/**
 * The dashboard's notice line (components/notice): what a link, an import, an edit or the saved
 * work could not do, and why, with the model's field errors inside. Keys of the `notice` namespace.
 */
type Said<Code extends string, Params extends object = Record<string, never>> = Reason<`notice.${Code}`, Params>

export type NoticeReason =
  | Said<'link-refused', ProblemList & { overLimits: boolean }>
  | Said<'link-unknown-preset', { id: string }>
  | Said<'edit-refused', ProblemList & { edit: EditName }>
  | Said<'unknown-preset', { id: string }>
  | Said<'import-refused', ProblemList & { fileName: string }>
  | Said<'imported', { fileName: string }>
  | Said<'saved-ignored', { why: SavedStateIssue; keptUnder: string | null }>
  | Said<'storage-unavailable'>
  | Said<'topology-image-failed', { detail: string }>
