import type { Reason } from '../../explain/reason'
import type { AdrStatus } from './adr-reasons'

/** How a version came to be (server/workspaces' VersionSource; a new kind fails tsc where the panel passes it here). */
type VersionSource = 'create' | 'save' | 'restore' | 'conflict-copy'

/**
 * What the workspace panel says: workspaces in this browser, scenarios and their versions, share
 * links, save conflicts, the figures of a plan and the decision log. The English labels are also
 * the accessible names the journeys use. Keys of the `workspace` namespace;
 * lib/i18n/catalog/<language>/workspace.ts words them. Names are as the user typed them.
 */
type Ws<Code extends string, Params extends object = Record<string, never>> = Reason<`workspace.${Code}`, Params>

/** Labels and sentences without variables. */
type WorkspaceLabel =
  | 'panelButton'
  | 'panelTitle'
  | 'panelSubtitle'
  | 'backToDashboard'
  | 'close'
  | 'workspace'
  | 'noWorkspaces'
  | 'unnamed'
  | 'openByLink'
  | 'workspaceLinkLabel'
  | 'workspaceLinkHint'
  | 'openWorkspace'
  | 'opening'
  | 'notAWorkspaceLink'
  | 'noSuchWorkspace'
  | 'copyWorkspaceLink'
  | 'workspaceLinkCopied'
  | 'capabilityHint'
  | 'forget'
  | 'forgetExplain'
  | 'forgetConfirm'
  | 'newWorkspace'
  | 'workspaceNamePlaceholder'
  | 'create'
  | 'creating'
  | 'loading'
  | 'retry'
  | 'currentWork'
  | 'unsaved'
  | 'saved'
  | 'notStored'
  | 'notStoredHint'
  | 'otherWorkspace'
  | 'saving'
  | 'saveAsNew'
  | 'scenarioName'
  | 'scenarioNamePlaceholder'
  | 'scenarios'
  | 'noScenarios'
  | 'conflictCopy'
  | 'inDashboard'
  | 'open'
  | 'history'
  | 'hideHistory'
  | 'share'
  | 'latest'
  | 'restore'
  | 'restoring'
  | 'copy'
  | 'copied'
  | 'openLink'
  | 'replaceAnyway'
  | 'cancel'
  | 'conflictTitle'
  | 'latestUnreadable'
  | 'compare'
  | 'hideCompare'
  | 'keepEditing'
  | 'yours'
  | 'plan'
  | 'dashboardWork'
  | 'colCost'
  | 'colRecovery'
  | 'colP95'
  | 'colHigh'
  | 'monthlyCost'
  | 'budget'
  | 'within'
  | 'over'
  | 'autoRecovery'
  | 'p95'
  | 'overloaded'
  | 'highFindings'
  | 'lowerBound'
  | 'decisionLog'
  | 'noDecisions'
  | 'recordDecision'
  | 'title'
  | 'titlePlaceholder'
  | 'context'
  | 'contextPlaceholder'
  | 'options'
  | 'optionsHint'
  | 'chosen'
  | 'consequences'
  | 'consequencesPlaceholder'
  | 'status'
  | 'recording'
  | 'frozenHint'
  | 'downloadAdr'
  | 'needsNoOptions'
  | 'unreachable'

export type WorkspaceReason =
  | { [K in WorkspaceLabel]: Ws<K> }[WorkspaceLabel]
  | Ws<'lastOpened', { at: string; now: string }>
  | Ws<'updated', { at: string; now: string }>
  | Ws<'forgetQuestion', { name: string }>
  | Ws<'forgotten', { name: string }>
  | Ws<'couldNotLoad', { message: string }>
  | Ws<'serverAnswered', { status: number }>
  | Ws<'editing', { name: string; version: number }>
  | Ws<'saveVersion', { version: number }>
  | Ws<'savedNotice', { name: string; version: number }>
  | Ws<'openedNotice', { name: string; version: number; workspace: string }>
  | Ws<'restoredNotice', { name: string; from: number; version: number }>
  /** `basedOn` is the version a restore or a kept conflicting save started from. */
  | Ws<'source', { source: VersionSource; basedOn: number | null }>
  | Ws<'shareCaption', { name: string; version: number }>
  /** `name` is the scenario the dashboard edits, null for work not saved in a workspace. */
  | Ws<'replaceQuestion', { name: string | null }>
  | Ws<'conflictText', { scenarioName: string; latestVersion: number; yourVersion: number; savedName: string; savedVersion: number }>
  | Ws<'openTheirs', { version: number }>
  | Ws<'theirs', { version: number }>
  | Ws<'chosenFor', { name: string }>
  | Ws<'openNamed', { name: string }>
  | Ws<'historyNamed', { name: string }>
  | Ws<'historyOf', { name: string }>
  | Ws<'shareNamed', { name: string }>
  | Ws<'forgetNamed', { name: string }>
  | Ws<'restoreVersion', { version: number }>
  /** A version as the lists tag it: "v3". */
  | Ws<'versionTag', { version: number }>
  | Ws<'statusName', { status: AdrStatus }>
  | Ws<'submitDecision', { number: number }>
  | Ws<'decisionRecorded', { number: number }>
  /** `date` is the ISO time the decision was recorded. */
  | Ws<'decidedOn', { date: string }>
  | Ws<'chose', { name: string }>
