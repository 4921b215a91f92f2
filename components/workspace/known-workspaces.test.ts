import { describe, expect, it } from 'vitest'
import { forgetWorkspace, readKnownWorkspaces, readWorkspaceRef, rememberWorkspace, renameKnownWorkspace, sortByLastOpened, workspaceLinkFor } from './known-workspaces'

const OLD_ID = 'ws_AbCdEfGhIjKlMnOp' // 12 bytes, made before ids became 128 bits
const NEW_ID = 'ws_AbCdEfGhIjKlMnOpQrStUv'

describe('the workspaces this browser knows', () => {
  it('finds the id in a pasted id, a workspace link or any address holding it', () => {
    expect(readWorkspaceRef(` ${NEW_ID} `)).toBe(NEW_ID)
    expect(readWorkspaceRef(OLD_ID)).toBe(OLD_ID)
    expect(readWorkspaceRef(workspaceLinkFor('http://127.0.0.1:3000', NEW_ID))).toBe(NEW_ID)
    expect(readWorkspaceRef(`http://localhost:3000/api/workspaces/${NEW_ID}/decisions`)).toBe(NEW_ID)
    for (const text of ['', 'ws_short', 'hello', '/s/AAAAAAAAAAAAAAAAAAAAAA', `xws_${'a'.repeat(20)}`]) expect(readWorkspaceRef(text), text).toBeNull()
  })

  it('puts a remembered workspace first, keeps its name when none is given, and forgets one', () => {
    let list = rememberWorkspace([], { id: OLD_ID, name: 'Old' }, '2026-01-01T00:00:00.000Z')
    list = rememberWorkspace(list, { id: NEW_ID, name: 'New' }, '2026-01-02T00:00:00.000Z')
    list = rememberWorkspace(list, { id: OLD_ID, name: '' }, '2026-01-03T00:00:00.000Z')
    expect(list).toEqual([
      { id: OLD_ID, name: 'Old', lastOpenedAt: '2026-01-03T00:00:00.000Z' },
      { id: NEW_ID, name: 'New', lastOpenedAt: '2026-01-02T00:00:00.000Z' },
    ])
    expect(forgetWorkspace(list, OLD_ID).map((w) => w.id)).toEqual([NEW_ID])
    expect(renameKnownWorkspace(list, NEW_ID, 'Renamed')[1]!.name).toBe('Renamed')
    expect(renameKnownWorkspace(list, 'ws_unknownunknownunk', 'x')).toEqual(list)
    expect(sortByLastOpened([...list].reverse()).map((w) => w.id)).toEqual([OLD_ID, NEW_ID])
  })

  it('keeps only well-formed entries from storage', () => {
    expect(readKnownWorkspaces('broken')).toEqual([])
    expect(readKnownWorkspaces([null, { id: 'nope' }, { id: NEW_ID, name: 5, lastOpenedAt: 'soon' }, { id: NEW_ID, name: 'twice' }])).toEqual([{ id: NEW_ID, name: '', lastOpenedAt: '1970-01-01T00:00:00.000Z' }])
  })
})
