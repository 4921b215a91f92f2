import type { Messages } from '../define'
import type { RefusedInput, ServerReason, StorageFailureKind } from '../server-reasons'

const STORAGE: Record<StorageFailureKind, string> = {
  locked:
    "The server cannot open its storage: another process is using ArchDeck's data folder. Nothing was changed by this request. To recover, stop the other ArchDeck server or command, or start this one with ARCHDECK_DATA_DIR set to another folder; the server log names the folder and the process.",
  damaged:
    'The server cannot read its database: its files are damaged or unreadable. Nothing was changed by this request, and trying again will not help. To recover, stop the server and restore a backup with "archdeck db restore FILE" (it keeps a copy of the damaged files), or start it with ARCHDECK_DATA_DIR set to another folder to begin empty.',
  newer: 'The server cannot use its database: a newer version of ArchDeck wrote it. Nothing was changed by this request. To recover, upgrade ArchDeck, or point it at another database.',
}

const WHAT: Record<RefusedInput, string> = {
  scenario: 'The scenario',
  'workspace-name': 'The workspace name',
  'scenario-name': 'The scenario name',
  save: 'The save',
  decision: 'The decision',
  'share-version': 'The version to share',
  'restore-version': 'The version to restore',
  request: 'The request',
}

/** The workspace server's refusals in English: also the `error` sentence of its JSON answers. */
export const server: Messages<ServerReason> = {
  'server.failed': () => 'The server could not complete this request. Nothing was changed by it; try again in a moment.',
  'server.storage': (p) => STORAGE[p.failure],
  'server.cross-site': () => 'Changes are accepted only from ArchDeck’s own pages.',
  'server.write-limit-misconfigured': () =>
    'This server’s write limit is set up wrongly, so no change is accepted until its operator fixes it (the server log says which setting). Nothing was changed by this request.',
  'server.rate-limited': (p) => `Too many changes from this address in a short time. Wait ${p.seconds} s and try again; nothing was changed by this request.`,
  'server.bad-path-id': () => 'Nothing is stored under this address: one of its ids has characters no id has.',
  'server.no-workspace': (p) => `There is no workspace ${p.id}.`,
  'server.no-scenario': (p) => `This workspace has no scenario ${p.id}.`,
  'server.scenario-missing': (p) => `There is no scenario ${p.id}.`,
  'server.no-version': (p) => `"${p.name}" has no version ${p.version}.`,
  'server.not-a-version': (p) => `"${p.param}" is not a version number.`,
  'server.no-share-version': (p) => `This workspace has no version ${p.version} of scenario ${p.scenarioId} to share.`,
  'server.name-taken': (p) => `This workspace already has a scenario named "${p.name}"; pick another name.`,
  'server.save-id-used': () => 'The save is not valid: clientSaveId was already used by another save.',
  'server.invalid': (p) => `${WHAT[p.what]} is not valid: ${p.summary}`,
}
