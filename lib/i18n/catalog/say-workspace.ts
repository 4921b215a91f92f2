import { workspace as en } from './en/workspace'
import { workspace as ko } from './ko/workspace'
import { speaker } from './speaker'
import type { WorkspaceReason } from './workspace-reasons'

/** The workspace panel's words, without the rest of the catalog. */
export const sayWorkspace = speaker<WorkspaceReason>({ en, ko })
