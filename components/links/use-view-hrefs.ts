'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { noticeOf } from '@/components/store/notice'
import { useDeferredLinkedWork } from '@/components/store/use-persistence'
import { whenIdle } from '@/components/store/when-idle'
import { useWorkspaceLink } from '@/components/workspace/workspace-link-store'
import type { Scenario } from '@/lib/model'
import { savedPlanSnapshotIds } from './saved-plans'
import { storedSnapshotId, storeSnapshot } from './store-snapshot'
import { compareHrefFor, needsSnapshot, presentHref } from './view-hrefs'

/**
 * A large design is stored this long after its last change (then when the page is idle): long
 * enough that typing in a field does not store every keystroke's design, short enough that the
 * id is usually there before the user reaches for Present.
 */
const STORE_DELAY_MS = 2_000

/** The workspace's list is read again on a hover this long after the last read: another tab may have saved. */
const SAVED_FRESH_MS = 10_000

/** Where a link points now, and what a click must wait for when that is not yet the right place. */
export type ViewHref = {
  href: string
  /** Null when `href` is final; else the final address, once stored or read. */
  pending: (() => Promise<string>) | null
  /** Start what `pending` waits for (on hover or focus), so the click finds it done. */
  prepare: () => void
}

/**
 * The header's Present and Compare addresses for the current work (docs/decisions/017): the design
 * in the link while it is short, a snapshot id once it is long (stored ahead, at idle), and for
 * Compare the plans saved in the current workspace (read and stored on hover, focus or click).
 */
export function useViewHrefs(): { present: ViewHref; compare: ViewHref } {
  const work = useDeferredLinkedWork()
  const { locale } = useLocale()
  const workspaceId = useWorkspaceLink((s) => s.workspaceId)
  const editedScenarioId = useWorkspaceLink((s) => s.link?.scenarioId ?? null)
  const notify = useDashboardStore((s) => s.notify)
  const large = needsSnapshot(work.search)

  const [stored, setStored] = useState<{ scenario: Scenario; id: string } | null>(null)
  const snapshotId = !large ? undefined : stored?.scenario === work.scenario ? stored.id : storedSnapshotId(work.scenario)
  useEffect(() => {
    if (!large || storedSnapshotId(work.scenario) !== undefined) return
    let cancelIdle = () => {}
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => void storeSnapshot(work.scenario).then((id) => setStored({ scenario: work.scenario, id }), () => undefined))
    }, STORE_DELAY_MS)
    return () => {
      clearTimeout(timer)
      cancelIdle()
    }
  }, [large, work.scenario])

  const savedKey = workspaceId === null ? null : `${workspaceId}/${editedScenarioId ?? ''}`
  const [saved, setSaved] = useState<{ key: string; ids: string[] } | null>(null)
  const savedIds = saved !== null && saved.key === savedKey ? saved.ids : null
  const savedRequest = useRef<{ key: string; at: number; ids: Promise<string[]> } | null>(null)
  const loadSaved = useCallback((): Promise<string[]> => {
    if (workspaceId === null || savedKey === null) return Promise.resolve([])
    const last = savedRequest.current
    if (last?.key !== savedKey || Date.now() - last.at > SAVED_FRESH_MS) {
      const ids = savedPlanSnapshotIds(workspaceId, editedScenarioId).catch(() => [])
      savedRequest.current = { key: savedKey, at: Date.now(), ids }
      void ids.then((list) => setSaved({ key: savedKey, ids: list }))
    }
    return savedRequest.current!.ids
  }, [workspaceId, editedScenarioId, savedKey])

  const currentId = useCallback(async (): Promise<string | undefined> => {
    if (!large) return undefined
    if (snapshotId !== undefined) return snapshotId
    try {
      const id = await storeSnapshot(work.scenario)
      setStored({ scenario: work.scenario, id })
      return id
    } catch (error) {
      notify(noticeOf('error', { code: 'notice.link-not-stored', params: { detail: (error as Error).message } }))
      throw error
    }
  }, [large, snapshotId, work.scenario, notify])

  const present = presentHref(work.search, snapshotId)
  const compareWork = { search: work.search, presetId: work.presetId, snapshotId, locale }
  const compare = compareHrefFor({ ...compareWork, savedSnapshotIds: savedIds ?? [] })
  const prepareCurrent = () => void currentId().catch(() => undefined)
  return {
    present: {
      href: present ?? '/present',
      pending: present === null ? async () => presentHref(work.search, await currentId())! : null,
      prepare: prepareCurrent,
    },
    compare: {
      href: compare ?? '/compare',
      pending:
        compare === null || (savedKey !== null && savedIds === null)
          ? async () => {
              const [id, ids] = await Promise.all([currentId(), loadSaved()])
              return compareHrefFor({ ...compareWork, snapshotId: id, savedSnapshotIds: ids })!
            }
          : null,
      prepare: () => {
        prepareCurrent()
        void loadSaved()
      },
    },
  }
}
