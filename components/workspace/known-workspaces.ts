/**
 * The workspaces this browser created or opened. The server lists none (a workspace id is the key
 * to it, docs/decisions/009), so the browser keeps its own list: id, name and when it was last
 * opened. Pure functions over that list; known-workspaces-store.ts keeps it in localStorage.
 */

export type KnownWorkspace = { id: string; name: string; lastOpenedAt: string }

/** Workspace ids as the server makes them: `ws_` and 16 (before) or 22+ base64url characters. */
const WORKSPACE_ID = /^ws_[A-Za-z0-9_-]{16,64}$/
const ID_IN_TEXT = /(?:^|[^A-Za-z0-9_-])(ws_[A-Za-z0-9_-]{16,64})(?![A-Za-z0-9_-])/

export function isWorkspaceId(text: unknown): text is string {
  return typeof text === 'string' && WORKSPACE_ID.test(text)
}

/**
 * The workspace id in what a user pasted: the id itself, a workspace link
 * (`https://host/workspaces#ws=ws_…`) or any address with the id in it; null when there is none.
 */
export function readWorkspaceRef(text: string): string | null {
  return ID_IN_TEXT.exec(text.trim())?.[1] ?? null
}

/** The link that opens a workspace in another browser: the id sits after `#`, which browsers never send to a server. */
export function workspaceLinkFor(origin: string, id: string): string {
  return `${origin}/workspaces#ws=${id}`
}

/** Adds or refreshes one workspace and puts it first (most recently opened). */
export function rememberWorkspace(list: readonly KnownWorkspace[], workspace: { id: string; name: string }, nowIso: string): KnownWorkspace[] {
  const previous = list.find((w) => w.id === workspace.id)
  const name = workspace.name || previous?.name || ''
  return [{ id: workspace.id, name, lastOpenedAt: nowIso }, ...list.filter((w) => w.id !== workspace.id)]
}

/** Updates the name of a workspace already in the list (renamed elsewhere); never adds one. */
export function renameKnownWorkspace(list: readonly KnownWorkspace[], id: string, name: string): KnownWorkspace[] {
  return list.some((w) => w.id === id && w.name !== name) ? list.map((w) => (w.id === id ? { ...w, name } : w)) : [...list]
}

/** Drops one workspace from this browser's list; the workspace itself stays on the server. */
export function forgetWorkspace(list: readonly KnownWorkspace[], id: string): KnownWorkspace[] {
  return list.filter((w) => w.id !== id)
}

/** Most recently opened first. */
export function sortByLastOpened(list: readonly KnownWorkspace[]): KnownWorkspace[] {
  return [...list].sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))
}

/** What storage held, keeping only well-formed entries (storage is user-editable and may be corrupted). */
export function readKnownWorkspaces(stored: unknown): KnownWorkspace[] {
  if (!Array.isArray(stored)) return []
  const seen = new Set<string>()
  const list: KnownWorkspace[] = []
  for (const entry of stored) {
    const { id, name, lastOpenedAt } = (entry ?? {}) as Record<string, unknown>
    if (!isWorkspaceId(id) || seen.has(id)) continue
    seen.add(id)
    list.push({ id, name: typeof name === 'string' ? name.slice(0, 200) : '', lastOpenedAt: typeof lastOpenedAt === 'string' && !Number.isNaN(Date.parse(lastOpenedAt)) ? lastOpenedAt : new Date(0).toISOString() })
  }
  return list
}
