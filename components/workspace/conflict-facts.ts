import type { SaveConflict } from '@/server/workspaces/types'

/** What the conflict sentence says: whose version, which copy kept the changes. */
export function conflictFacts(c: SaveConflict) {
  return { scenarioName: c.scenarioName, latestVersion: c.latestVersion, yourVersion: c.yourVersion, savedName: c.saved.name, savedVersion: c.saved.version }
}
