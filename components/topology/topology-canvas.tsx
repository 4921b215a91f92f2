'use client'

import '@xyflow/react/dist/style.css'
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  getViewportForBounds,
  useReactFlow,
  useStore,
  useStoreApi,
  type FitViewOptions,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  type Viewport,
} from '@xyflow/react'
import { useCallback, useEffect, useMemo, useRef, type JSX } from 'react'
import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import type { ScenarioId } from '@/lib/recovery'
import { READABLE_ZOOM, TOPOLOGY_NODE_SIZE, type EdgeFilter, type Topology } from '@/lib/topology'
import { absoluteRects } from './absolute-rects'
import { buildFlowEdges, buildFlowNodes } from './build-flow-elements'
import { DbPathBanner } from './db-path-banner'
import { emphasiseDbPath, emphasiseInternet, projectEmphasis, projectIds, type Emphasised } from './emphasise-reach'
import type { TopoFlowEdge, TopoFlowNode } from './flow-types'
import { EdgeKey, FailureOverlayLegend, InternetLegend } from './lens-legends'
import { failedAzOf } from './failed-az'
import { mapSinglePointsOfFailure } from './map-single-points'
import { MINIMAP_FILL } from './node-styles'
import { TopologyActionsContext, type TopologyActions } from './topology-actions'
import { topologyOf, viewTopologyOf } from './topology-of'
import { TopologyLines } from './topology-lines'
import { useIsClient } from './use-is-client'
import { useTallest } from './use-tallest'
import { GroupNode, ResourceNode, SummaryNode } from './topology-nodes'
import { topologyUi, useTopologyUi } from './topology-ui'

export { TopologyDetails } from './topology-details'

export type TopologyHighlight = 'none' | 'internet' | 'db-path'

/** Grouping, filter and search chosen in the toolbar above the canvas. */
export type TopologyView = {
  /** Groups drawn as one summary box. */
  collapsed: ReadonlySet<string>
  /** Changes when the user regroups (the view refits); a search opening a group leaves it alone. */
  layoutVersion: number
  filter: EdgeFilter
  /** Search hits as ids of the full layout, best first; empty when nobody searches. */
  matches: readonly string[]
  searching: boolean
  /** The hit to centre on, and a counter that changes each time it should be centred again. */
  currentMatch: string | null
  focusNonce: number
  onToggleGroup: (groupId: string) => void
}

const OPEN_VIEW: TopologyView = {
  collapsed: new Set(),
  layoutVersion: 0,
  filter: {},
  matches: [],
  searching: false,
  currentMatch: null,
  focusNonce: 0,
  onToggleGroup: () => {},
}

type TopologyCanvasProps = {
  scenario: Scenario
  evaluation: Evaluation
  highlight: TopologyHighlight
  /** A recovery scenario whose single points of failure get a red dashed ring, or null. */
  overlayScenario: ScenarioId | null
  selectedNodeId: string | null
  onSelectNode: (id: string | null) => void
  /** Collapsed groups, filter and search; everything open and unfiltered when left out. */
  view?: TopologyView
}

// Module scope: React Flow re-mounts every node when these objects change identity.
const nodeTypes = { frame: GroupNode, resource: ResourceNode, external: ResourceNode, summary: SummaryNode } satisfies NodeTypes
/** Lines are drawn by TopologyLines, not as React Flow edges (see there why). */
const NO_EDGES: TopoFlowEdge[] = []


/**
 * Below LABEL_MIN_ZOOM a 10 px port pill is under 5 px on screen: nobody reads it, yet hundreds
 * of them cost every frame of a pan. They come back as soon as the view zooms in.
 */
const LABEL_MIN_ZOOM = 0.5
/** Only drawings with more lines than this drop their pills; a preset keeps them at any zoom. */
const MANY_LINES = 300
const selectFarOut = (s: { transform: [number, number, number] }) => s.transform[2] < LABEL_MIN_ZOOM
const selectDomNode = (s: { domNode: HTMLDivElement | null }) => s.domNode

/** Past this many boxes, only the boxes on screen are rendered (the lines are a few paths anyway). */
const LARGE_GRAPH_ELEMENTS = 120
const FIT_PADDING = 16
/** Far enough out to fit the largest design (200 services in each of three AZs) whole. */
const MIN_ZOOM = 0.1
const MAX_ZOOM = 2.5
/** A search hit is shown at least this large, so its name reads. */
const FOCUS_ZOOM = 1
const FOCUS_MS = 400
/** A Panel's margin from the canvas edge (React Flow's stylesheet). */
const PANEL_MARGIN = 15
/** Controls are one 26 px button row high; the key sits just above them. */
const KEY_ABOVE_CONTROLS = PANEL_MARGIN + 26 + 8
/** The failure legend is w-64 (256 px); the db-path banner stops short of it. */
const OVERLAY_LEGEND_ROOM = 256 + PANEL_MARGIN * 2

/** The diagram fits below whatever the top panels cover. */
function fitOptions(topPanelHeight: number): FitViewOptions & { top: number } {
  const top = topPanelHeight > 0 ? topPanelHeight + PANEL_MARGIN + FIT_PADDING / 2 : FIT_PADDING
  return { padding: { top: `${top}px`, right: `${FIT_PADDING}px`, bottom: `${FIT_PADDING}px`, left: `${FIT_PADDING}px` }, maxZoom: 1.25, top }
}

type Bounds = { x: number; y: number; width: number; height: number }

/**
 * The view the canvas starts with: the whole drawing when its names still read at 12 px or more,
 * otherwise READABLE_ZOOM from the top-left corner (the internet, the load balancer, the first
 * AZ), each axis centred where it fits; the user pans for the rest and the minimap shows where
 * they are; a phone starts at the region instead. `whole` (the fit button, a regrouping) always shows all of it.
 * Example: 1280 × 560 canvas, swiftlogix 1864 × 620 → zoom 0.82, left edge at 16 px, centred vertically.
 */
function startViewport(bounds: Bounds, regionX: number, width: number, height: number, options: ReturnType<typeof fitOptions>, whole: boolean): Viewport {
  const fitted = getViewportForBounds(bounds, width, height, MIN_ZOOM, options.maxZoom ?? MAX_ZOOM, options.padding ?? FIT_PADDING)
  if (whole || fitted.zoom >= READABLE_ZOOM) return fitted
  const zoom = READABLE_ZOOM
  const along = (start: number, room: number, size: number, from: number) => (size * zoom <= room ? start + (room - size * zoom) / 2 : start) - from * zoom
  // A phone's canvas cannot hold the outside column and two boxes of the first AZ: start at the region.
  const narrow = (width - 2 * FIT_PADDING) / zoom < regionX + 2 * TOPOLOGY_NODE_SIZE.width
  return {
    x: narrow ? FIT_PADDING - regionX * zoom : along(FIT_PADDING, width - 2 * FIT_PADDING, bounds.width, bounds.x),
    y: along(options.top, height - options.top - FIT_PADDING, bounds.height, bounds.y),
    zoom,
  }
}

function emphasise(highlight: TopologyHighlight, topology: Topology, evaluation: Evaluation): Emphasised | null {
  if (highlight === 'internet') return emphasiseInternet(topology, evaluation.security)
  if (highlight === 'db-path') return emphasiseDbPath(topology, evaluation.security)
  return null
}

/** React Flow's own fit icon (four corners), for the fit button that fits the engine's bounds. */
function FitViewIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  )
}

/** A stable selector: the string only changes when the canvas is resized. */
const selectCanvasSize = (s: { width: number; height: number }) => `${s.width}x${s.height}`

function minimapColour(node: TopoFlowNode): string {
  if (node.data.singlePointOfFailure) return '#ef4444'
  if (node.data.tone === 'amber' && node.data.emphasis === 'strong') return '#f59e0b'
  if (node.data.tone === 'rose' && node.data.emphasis === 'strong') return '#f43f5e'
  return MINIMAP_FILL[node.data.topo.kind]
}

function TopologyFlow({ scenario, evaluation, highlight, overlayScenario, selectedNodeId, onSelectNode, view = OPEN_VIEW }: TopologyCanvasProps) {
  const { ui, locale } = useTopologyUi()
  // Lenses and the overlay are worked out on the full layout, then carried onto the drawn view.
  const full = useMemo(() => topologyOf(scenario), [scenario])
  const { collapsed, filter } = view
  const topology = useMemo(() => viewTopologyOf(scenario, collapsed, filter), [scenario, collapsed, filter])
  const emphasised = useMemo(() => projectEmphasis(emphasise(highlight, full, evaluation), topology), [highlight, full, evaluation, topology])
  const overlay = useMemo(
    () => (overlayScenario ? (evaluation.recovery.scenarios.find((s) => s.id === overlayScenario) ?? null) : null),
    [overlayScenario, evaluation],
  )
  const singlePoints = useMemo(() => projectIds(mapSinglePointsOfFailure(overlay?.singlePointsOfFailure ?? [], full), topology), [overlay, full, topology])
  const failedAz = overlay ? failedAzOf(overlay.id, full) : null
  const matches = useMemo(() => (view.searching ? projectIds(view.matches, topology) : null), [view.searching, view.matches, topology])
  const currentMatch = view.currentMatch ? (topology.hidden[view.currentMatch] ?? view.currentMatch) : null
  // With a filter on, the boxes no remaining line touches fade.
  const unfiltered = useMemo(() => {
    if (!filter.port && !filter.sgId) return null
    const touched = new Set(topology.edges.flatMap((e) => [e.source, e.target]))
    return new Set(topology.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id))
  }, [filter, topology])
  // React Flow's own words (its controls, the keyboard help it reads out) in the reader's language.
  const ariaLabels = useMemo(() => {
    const ui = topologyUi(locale)
    return {
      'node.a11yDescription.default': ui('topology-ui.node-help'),
      'node.a11yDescription.keyboardDisabled': ui('topology-ui.node-help'),
      'node.a11yDescription.ariaLiveMessage': (moved: { direction: string; x: number; y: number }) => ui('topology-ui.node-moved', moved),
      'edge.a11yDescription.default': ui('topology-ui.edge-help'),
      'controls.ariaLabel': ui('topology-ui.controls'),
      'controls.zoomIn.ariaLabel': ui('topology-ui.zoom-in'),
      'controls.zoomOut.ariaLabel': ui('topology-ui.zoom-out'),
      'controls.fitView.ariaLabel': ui('topology-ui.fit-view'),
      'controls.interactive.ariaLabel': ui('topology-ui.interactive'),
      'minimap.ariaLabel': ui('topology-ui.overview'),
      'handle.ariaLabel': ui('topology-ui.handle'),
    }
  }, [locale])
  const nodes = useMemo(
    () => buildFlowNodes(topology, { emphasised, singlePoints, selectedNodeId, matches, currentMatch, unfiltered, locale, failedAz }),
    [topology, emphasised, singlePoints, selectedNodeId, matches, currentMatch, unfiltered, locale, failedAz],
  )
  // While searching, lines that touch no hit fade like the boxes do.
  const fadedEdges = useMemo(() => (matches ? new Set(topology.edges.filter((e) => !matches.has(e.source) && !matches.has(e.target)).map((e) => e.id)) : null), [matches, topology])
  const edges = useMemo<TopoFlowEdge[]>(() => buildFlowEdges(topology, emphasised, fadedEdges, locale), [topology, emphasised, fadedEdges, locale])
  const actions = useMemo<TopologyActions>(() => ({ toggleGroup: view.onToggleGroup }), [view.onToggleGroup])
  const exposedCount = evaluation.security.internetReachable.length

  const topPanels = useTallest()
  // The failure legend sits in the top-right corner over the drawing: the view starts at the
  // top-left (the first AZ, the one an AZ outage takes down), so it keeps the rows in view instead.
  const hasTopPanel = highlight !== 'none'
  const topPanelHeight = hasTopPanel ? topPanels.height : 0
  const fitViewOptions = useMemo(() => fitOptions(topPanelHeight), [topPanelHeight])

  // Refit when the boxes change (a service added, a second AZ, a group opened by the user), a
  // panel takes the top edge, or the canvas is resized (the details panel opening beside it).
  // The engine knows the drawing's bounds, so the fit needs no measured nodes: React Flow's own
  // fitView only counts measured ones, and with onlyRenderVisibleElements the off-screen ones
  // are never measured.
  const { setViewport, setCenter, getZoom } = useReactFlow()
  const storeApi = useStoreApi()
  const canvasSize = useStore(selectCanvasSize)
  const farOut = useStore(selectFarOut)
  // Panning a 300-box drawing: the viewport gets its own compositor layer, so a pan moves
  // pixels instead of repainting every box (measured in bench/topology-browser.ts). Set on the
  // element because React Flow renders the viewport without a style hook.
  const domNode = useStore(selectDomNode)
  useEffect(() => {
    const viewport = domNode?.querySelector<HTMLElement>('.react-flow__viewport')
    if (viewport) viewport.style.willChange = 'transform'
  }, [domNode])
  const bounds = useMemo(() => ({ x: 0, y: 0, width: topology.width, height: topology.height }), [topology.width, topology.height])
  const regionX = topology.nodes.find((n) => n.kind === 'region')?.position.x ?? 0
  const fitToView = useCallback(
    (duration = 0, whole = false) => {
      const { width, height } = storeApi.getState()
      if (!width || !height) return
      void setViewport(startViewport(bounds, regionX, width, height, fitViewOptions, whole), { duration })
    },
    [storeApi, setViewport, bounds, regionX, fitViewOptions],
  )
  const onFitView = useCallback(() => fitToView(FOCUS_MS, true), [fitToView])
  const fitKey = `${full.nodes.length}:${full.nodes.map((n) => n.id).join('|')}#${view.layoutVersion}#${topPanelHeight}#${canvasSize}`
  const fittedKey = useRef('')
  const fittedVersion = useRef(view.layoutVersion)
  useEffect(() => {
    if (fittedKey.current === fitKey || canvasSize === '0x0') return
    fittedKey.current = fitKey
    // A regrouping the user asked for shows the regrouped drawing whole, as the fit button does.
    const regrouped = fittedVersion.current !== view.layoutVersion
    fittedVersion.current = view.layoutVersion
    fitToView(0, regrouped)
  }, [fitKey, canvasSize, fitToView, view.layoutVersion])

  // Centre on the current search hit each time the toolbar asks (typing, Enter); the layout it
  // is read from already has the hit's groups opened.
  const focusedNonce = useRef(view.focusNonce)
  useEffect(() => {
    if (focusedNonce.current === view.focusNonce || !currentMatch) return
    focusedNonce.current = view.focusNonce
    const rect = absoluteRects(topology).get(currentMatch)
    if (!rect) return
    const size = rect.width > 0 ? rect : { ...rect, ...TOPOLOGY_NODE_SIZE }
    void setCenter(size.x + size.width / 2, size.y + size.height / 2, { zoom: Math.max(getZoom(), FOCUS_ZOOM), duration: FOCUS_MS })
  }, [view.focusNonce, currentMatch, topology, setCenter, getZoom])

  // One call per change of selection, however it came (click, keyboard, pane).
  const selectedRef = useRef(selectedNodeId)
  useEffect(() => {
    selectedRef.current = selectedNodeId
  }, [selectedNodeId])
  const select = useCallback(
    (id: string | null) => {
      if (selectedRef.current === id) return
      selectedRef.current = id
      onSelectNode(id)
    },
    [onSelectNode],
  )
  const onNodeClick = useCallback<NodeMouseHandler<TopoFlowNode>>((_, node) => select(node.id), [select])
  const onPaneClick = useCallback(() => select(null), [select])
  // Enter / Space / Escape on a focused box reach us as selection changes.
  const onNodesChange = useCallback(
    (changes: NodeChange<TopoFlowNode>[]) => {
      const picked = changes.find((c) => c.type === 'select' && c.selected)
      if (picked && picked.type === 'select') return select(picked.id)
      if (changes.some((c) => c.type === 'select' && !c.selected && c.id === selectedRef.current)) select(null)
    },
    [select],
  )

  return (
    <TopologyActionsContext.Provider value={actions}>
    <ReactFlow<TopoFlowNode, TopoFlowEdge>
      nodes={nodes}
      edges={NO_EDGES}
      nodeTypes={nodeTypes}
      onNodeClick={onNodeClick}
      onPaneClick={onPaneClick}
      onNodesChange={onNodesChange}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zIndexMode="manual"
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable
      edgesFocusable={false}
      elementsSelectable
      selectNodesOnDrag={false}
      onlyRenderVisibleElements={nodes.length > LARGE_GRAPH_ELEMENTS}
      ariaLabelConfig={ariaLabels}
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
      <TopologyLines edges={edges} showPills={!farOut || edges.length <= MANY_LINES} />
      {highlight === 'db-path' && (
        // Stretches towards the right edge, leaving room for the failure legend when it is shown.
        <Panel position="top-left" style={{ right: overlay ? OVERLAY_LEGEND_ROOM : 0 }}>
          <div ref={topPanels.observe} className="max-w-[880px]">
            <DbPathBanner answer={evaluation.security.dbQuestion} />
          </div>
        </Panel>
      )}
      {highlight === 'internet' && (
        <Panel position="top-left">
          <div ref={topPanels.observe}>
            <InternetLegend exposedCount={exposedCount} />
          </div>
        </Panel>
      )}
      {overlay && (
        <Panel position="top-right">
          <FailureOverlayLegend scenario={overlay} markedCount={singlePoints.size} failedAz={failedAz} />
        </Panel>
      )}
      {/* The empty corner under the outside column: zoom buttons, and the key stacked above them. */}
      <Controls orientation="horizontal" showInteractive={false} showFitView={false}>
        <ControlButton onClick={onFitView} className="react-flow__controls-fitview" title={ui('topology-ui.fit-view')} aria-label={ui('topology-ui.fit-view')}>
          <FitViewIcon />
        </ControlButton>
      </Controls>
      <Panel position="bottom-left" style={{ marginBottom: KEY_ABOVE_CONTROLS }}>
        <EdgeKey />
      </Panel>
      <MiniMap<TopoFlowNode> pannable zoomable nodeColor={minimapColour} nodeStrokeColor="#94a3b8" nodeStrokeWidth={2} nodeBorderRadius={6} maskColor="rgba(241, 245, 249, 0.7)" ariaLabel={ui('topology-ui.overview')} style={{ width: 132, height: 88 }} />
    </ReactFlow>
    </TopologyActionsContext.Provider>
  )
}

/**
 * The architecture as nested boxes and lines, drawn from the topology engine. Lenses light up
 * what the internet reaches or the nearest path to the database; the failure overlay rings the
 * single points of failure of one recovery scenario. Give it a sized parent (e.g. h-[560px]).
 */
export function TopologyCanvas(props: TopologyCanvasProps): JSX.Element {
  const isClient = useIsClient()
  const { ui } = useTopologyUi()
  return (
    <div data-testid="topology-canvas" className="relative h-full min-h-[320px] w-full overflow-hidden rounded-xl border border-slate-200 bg-slate-50">
      {isClient ? (
        <ReactFlowProvider>
          <TopologyFlow {...props} />
        </ReactFlowProvider>
      ) : (
        <div className="flex h-full items-center justify-center text-sm text-slate-500">{ui('topology-ui.drawing')}</div>
      )}
    </div>
  )
}
