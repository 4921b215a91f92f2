import type { Reason } from '../../explain/reason'
import type { ProblemList, SavedStateIssue } from '../../model/model-issues'

/**
 * The dashboard's edits, as a refused one is named in its notice and an undone one in "Undid: …".
 * A list, not only a type: undo history read back from the browser is checked against it.
 */
export const EDIT_NAMES = [
  'tasks-per-service',
  'max-tasks-per-service',
  'task-count',
  'db-multi-az',
  'nat-gateways',
  'db-class',
  'az-count',
  'fargate-size',
  'budget',
  'peak-traffic',
  'region',
  'nat-outbound',
  // The inspector's edits (components/inspector).
  'service-add',
  'service-remove',
  'service-name',
  'service-compute',
  'service-size',
  'service-instance-type',
  'service-count',
  'service-scaling',
  'service-port',
  'service-health-check',
  'service-load-balancer',
  'service-security-groups',
  'service-rollback',
  'service-performance',
  'sla-p95',
  'recovery-objectives',
  'db-engine',
  'db-storage',
  'db-replicas',
  'db-backups',
  'db-insights',
  'db-encryption',
  'db-public-access',
  'cache-add',
  'cache-remove',
  'cache-settings',
  'lb-add',
  'lb-remove',
  'lb-scheme',
  'lb-routing',
  'lb-listener-add',
  'lb-listener-remove',
  'nat-mode',
  'nat-instance-type',
  'vpc-endpoint',
  'bastion-add',
  'bastion-remove',
  'bastion-instance-type',
  'ssm',
  'instance-connect-endpoint',
  'sg-add',
  'sg-remove',
  'sg-rule-add',
  'sg-rule-remove',
] as const

export type EditName = (typeof EDIT_NAMES)[number]

/** What one step of undo history did: an edit, or the whole design replaced at once. */
export type HistoryStep = EditName | 'preset' | 'import' | 'replace'

/**
 * The dashboard's notice line (components/notice): what a link, an import, an edit or the saved
 * work could not do, and why, with the model's field errors inside. Keys of the `notice` namespace.
 */
type Said<Code extends string, Params extends object = Record<string, never>> = Reason<`notice.${Code}`, Params>

export type NoticeReason =
  | Said<'link-refused', ProblemList & { overLimits: boolean }>
  | Said<'link-unknown-preset', { id: string }>
  /** `/?snap=<id>`: the server has no such stored design, or its store did not answer. */
  | Said<'link-snapshot-missing', { unavailable: boolean }>
  | Said<'edit-refused', ProblemList & { edit: EditName }>
  | Said<'unknown-preset', { id: string }>
  | Said<'import-refused', ProblemList & { fileName: string }>
  | Said<'imported', { fileName: string }>
  | Said<'saved-ignored', { why: SavedStateIssue; keptUnder: string | null }>
  | Said<'storage-unavailable'>
  /** Present or Compare of a design too large for a link: the server did not store its snapshot. */
  | Said<'link-not-stored', { detail: string }>
  | Said<'topology-image-failed', { detail: string }>
  | Said<'undone', { step: HistoryStep }>
  | Said<'redone', { step: HistoryStep }>
  | Said<'history-dropped'>
