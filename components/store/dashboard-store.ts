'use client'

import { createContext, useContext } from 'react'
import { createStore, useStore, type StoreApi } from 'zustand'
import { findPreset } from '@/data/presets'
import {
  parseScenario,
  parseScenarioJson,
  setAzCount,
  setRegion,
  setDbMultiAz,
  setNatGateways,
  setServiceTaskCount,
  setTasksPerService,
  setMaxTasksPerService,
  setFargateSize,
  listProblems,
  type ArchitectureConfig,
  type NatGatewayChoice,
  type Region,
  type Requirements,
  type Scenario,
} from '@/lib/model'
import type { EditName, HistoryStep } from '@/lib/i18n/catalog/notice-reasons'
import type { ScenarioId } from '@/lib/recovery'
import type { TabId } from '@/components/views/view-props'
import { INITIAL_UI, type InitialState, type Notice, type TopologyHighlight, type UiState } from './initial-state'
import { noticeOf } from './notice'
import { EMPTY_HISTORY, isSameWork, joinSavedHistory, recordStep, travel, type History, type Work } from './history'
import { ensureRegionBook } from '@/components/pricing/load-region-book'

export type { InitialState, TopologyHighlight } from './initial-state'

export type DashboardState = {
  presetId: string | null
  scenario: Scenario
  ui: UiState
  notice: Notice | null
  /** Every change of the scenario, undoable; see history.ts (canUndo, canRedo, nextUndo, nextRedo). */
  history: History
  loadPreset: (id: string) => void
  replaceScenario: (scenario: Scenario, presetId: string | null) => void
  setTasksPerService: (tasks: number) => void
  /** Sets every service's autoscaling maximum; refused (with the model's reason) below a desired count. */
  setMaxTasksPerService: (max: number) => void
  setServiceTasks: (serviceId: string, tasks: number) => void
  toggleMultiAz: (on: boolean) => void
  setNatGateways: (choice: NatGatewayChoice) => void
  setDbClass: (instanceClass: string) => void
  setAzCount: (azCount: number) => void
  /** Moves the design to another region once that region's prices are loaded (the figures change at once, not in two steps). */
  setRegion: (region: Region) => Promise<void>
  setFargateSize: (vcpu: number, memoryGb: number) => void
  setBudget: (monthly: number) => void
  setPeakRps: (rps: number) => void
  setNatOutboundGb: (gb: number) => void
  importScenarioText: (text: string, fileName: string) => boolean
  /** Any edit of the scenario (the inspector's): validated by the schema like every other; false when refused. */
  editScenario: (what: EditName, change: (scenario: Scenario) => Scenario) => boolean
  setTab: (tab: TabId) => void
  selectNode: (id: string | null) => void
  setHighlight: (highlight: TopologyHighlight) => void
  setOverlay: (overlay: ScenarioId | null) => void
  notify: (notice: Notice | null) => void
  /** Back to the work before the last change; false when there is none. */
  undo: () => boolean
  /** The last undone change again; false when there is none. */
  redo: () => boolean
  /** The work saved in this browser, put back on opening: not itself a change to undo. */
  restoreWork: (work: Work) => void
  /** The undo history saved with that work, once read (after the page opened, see use-persistence). */
  restoreHistory: (saved: Pick<History, 'past' | 'future'>) => void
}

/** `now`: the clock that tells a slider's drag (one undo step) from separate edits; tests pass their own. */
export type StoreOptions = { now?: () => number }

/**
 * The one store: the scenario being edited, the UI's selection, and a notice line. Every edit goes
 * through the schema, so the store never holds an invalid scenario; a rejected edit keeps the work
 * and says why. One store per page render (not a module singleton), so server renders never share it.
 */
export function createDashboardStore(initial: InitialState, { now = Date.now }: StoreOptions = {}): StoreApi<DashboardState> {
  return createStore<DashboardState>()((set, get) => {
  /** Sets the work `step` led to, and records the work before it as the next undo. */
  const changeWork = (step: HistoryStep, after: Work, rest: Partial<DashboardState> = {}) => {
    const { scenario, presetId, history } = get()
    const before = { scenario, presetId }
    // A change to what is already there keeps the very objects: an untouched preset keeps its short link.
    if (isSameWork(before, after)) return set(rest)
    set({ ...rest, ...after, history: recordStep(history, step, before, after, now()) })
  }
  /** Undo or redo; says which step, in the catalog's words. */
  const travelTo = (direction: 'back' | 'forward'): boolean => {
    const { scenario, presetId, history } = get()
    const moved = travel(history, { scenario, presetId }, direction)
    if (!moved) return false
    const { step, ...work } = moved.work
    set({ ...work, history: moved.history, notice: noticeOf('info', { code: direction === 'back' ? 'notice.undone' : 'notice.redone', params: { step } }) })
    return true
  }
  const commit = (next: Scenario, edit: EditName): boolean => {
    const parsed = parseScenario(next)
    if (!parsed.ok) {
      set({ notice: noticeOf('error', { code: 'notice.edit-refused', params: { edit, ...listProblems(parsed.errors) } }, parsed.errors) })
      return false
    }
    changeWork(edit, { scenario: parsed.value, presetId: get().presetId }, { notice: null })
    return true
  }
  const editConfig = (what: EditName, edit: (config: ArchitectureConfig) => ArchitectureConfig) => {
    const { scenario } = get()
    commit({ ...scenario, config: edit(scenario.config) }, what)
  }
  const editRequirements = (what: EditName, edit: (r: Requirements) => Requirements) => {
    const { scenario } = get()
    commit({ ...scenario, requirements: edit(scenario.requirements) }, what)
  }
  return {
    presetId: initial.presetId,
    scenario: initial.scenario,
    ui: { ...INITIAL_UI, ...initial.ui },
    notice: initial.notice ?? null,
    history: EMPTY_HISTORY,
    loadPreset: (id) => {
      const preset = findPreset(id)
      if (!preset) return set({ notice: noticeOf('error', { code: 'notice.unknown-preset', params: { id } }) })
      changeWork('preset', { scenario: preset.scenario, presetId: id }, { notice: null, ui: { ...get().ui, selectedNodeId: null } })
    },
    replaceScenario: (scenario, presetId) => changeWork('replace', { scenario, presetId }, { ui: { ...get().ui, selectedNodeId: null } }),
    setTasksPerService: (tasks) => editConfig('tasks-per-service', (c) => setTasksPerService(c, tasks)),
    setMaxTasksPerService: (max) => editConfig('max-tasks-per-service', (c) => setMaxTasksPerService(c, max)),
    setServiceTasks: (serviceId, tasks) => editConfig('task-count', (c) => setServiceTaskCount(c, serviceId, tasks)),
    toggleMultiAz: (on) => editConfig('db-multi-az', (c) => setDbMultiAz(c, on)),
    setNatGateways: (choice) => editConfig('nat-gateways', (c) => setNatGateways(c, choice)),
    setDbClass: (instanceClass) => editConfig('db-class', (c) => ({ ...c, database: { ...c.database, instanceClass } })),
    setAzCount: (azCount) => editConfig('az-count', (c) => setAzCount(c, azCount)),
    setRegion: async (region) => {
      await ensureRegionBook(region)
      editConfig('region', (c) => setRegion(c, region))
    },
    setFargateSize: (vcpu, memoryGb) => editConfig('fargate-size', (c) => setFargateSize(c, vcpu, memoryGb)),
    setBudget: (monthly) => editRequirements('budget', (r) => ({ ...r, budget: { ...r.budget, monthly } })),
    setPeakRps: (rps) => editRequirements('peak-traffic', (r) => ({ ...r, traffic: { ...r.traffic, peak: { ...r.traffic.peak, rps } } })),
    setNatOutboundGb: (gb) => editRequirements('nat-outbound', (r) => ({ ...r, traffic: { ...r.traffic, natOutboundGbPerMonth: gb } })),
    importScenarioText: (text, fileName) => {
      const parsed = parseScenarioJson(text)
      if (!parsed.ok) {
        set({ notice: noticeOf('error', { code: 'notice.import-refused', params: { fileName, ...listProblems(parsed.errors) } }, parsed.errors) })
        return false
      }
      changeWork('import', { scenario: parsed.value, presetId: null }, { notice: noticeOf('info', { code: 'notice.imported', params: { fileName } }) })
      return true
    },
    editScenario: (what, change) => commit(change(get().scenario), what),
    setTab: (tab) => set({ ui: { ...get().ui, tab } }),
    selectNode: (selectedNodeId) => set({ ui: { ...get().ui, selectedNodeId } }),
    setHighlight: (highlight) => set({ ui: { ...get().ui, highlight } }),
    setOverlay: (overlay) => set({ ui: { ...get().ui, overlay } }),
    notify: (notice) => set({ notice }),
    undo: () => travelTo('back'),
    redo: () => travelTo('forward'),
    restoreWork: (work) => set({ ...work, ui: { ...get().ui, selectedNodeId: null } }),
    restoreHistory: (saved) => set({ history: joinSavedHistory(saved, get().history) }),
  }
})
}

export const DashboardStoreContext = createContext<StoreApi<DashboardState> | null>(null)

/** Subscribes to the smallest slice a component needs. */
export function useDashboardStore<T>(selector: (state: DashboardState) => T): T {
  const store = useContext(DashboardStoreContext)
  if (!store) throw new Error('useDashboardStore needs a DashboardStoreProvider')
  return useStore(store, selector)
}

export function useDashboardStoreApi(): StoreApi<DashboardState> {
  const store = useContext(DashboardStoreContext)
  if (!store) throw new Error('useDashboardStoreApi needs a DashboardStoreProvider')
  return store
}
