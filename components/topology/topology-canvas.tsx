'use client'

import '@xyflow/react/dist/style.css'
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type EdgeTypes,
  type FitViewOptions,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
} from '@xyflow/react'
import { useCallback, useEffect, useMemo, useRef, type JSX } from 'react'
import type { Evaluation } from '@/lib/evaluate'
import type { Scenario } from '@/lib/model'
import type { ScenarioId } from '@/lib/recovery'
import type { Topology } from '@/lib/topology'
import { buildFlowEdges, buildFlowNodes } from './build-flow-elements'
import { DbPathBanner } from './db-path-banner'
import { emphasiseDbPath, emphasiseInternet, type Emphasised } from './emphasise-reach'
import type { TopoFlowEdge, TopoFlowNode } from './flow-types'
import { EdgeKey, FailureOverlayLegend, InternetLegend } from './lens-legends'
import { mapSinglePointsOfFailure } from './map-single-points'
import { MINIMAP_FILL } from './node-styles'
import { topologyOf } from './topology-of'
import { TopologyEdge } from './topology-edges'
import { useIsClient } from './use-is-client'
import { useTallest } from './use-tallest'
import { GroupNode, ResourceNode } from './topology-nodes'

export { TopologyDetails, type TopologyDetailsProps } from './topology-details'

export type TopologyHighlight = 'none' | 'internet' | 'db-path'

export type TopologyCanvasProps = {
  scenario: Scenario
  evaluation: Evaluation
  highlight: TopologyHighlight
  /** A recovery scenario whose single points of failure get a red dashed ring, or null. */
  overlayScenario: ScenarioId | null
  selectedNodeId: string | null
  onSelectNode: (id: string | null) => void
}

// Module scope: React Flow re-mounts every node when these objects change identity.
const nodeTypes = { frame: GroupNode, resource: ResourceNode, external: ResourceNode } satisfies NodeTypes
const edgeTypes = { 'sg-rule': TopologyEdge, route: TopologyEdge, traffic: TopologyEdge } satisfies EdgeTypes

/** Past this many boxes and lines, only what is on screen is rendered (seoul plan 1 has 163). */
const LARGE_GRAPH_ELEMENTS = 120
const FIT_PADDING = 24
/** A Panel's margin from the canvas edge (React Flow's stylesheet). */
const PANEL_MARGIN = 15
/** Controls are one 26 px button row high; the key sits just above them. */
const KEY_ABOVE_CONTROLS = PANEL_MARGIN + 26 + 8
/** The failure legend is w-64 (256 px); the db-path banner stops short of it. */
const OVERLAY_LEGEND_ROOM = 256 + PANEL_MARGIN * 2

/** The diagram fits below whatever the top panels cover. */
function fitOptions(topPanelHeight: number): FitViewOptions {
  const top = topPanelHeight > 0 ? topPanelHeight + PANEL_MARGIN + FIT_PADDING / 2 : FIT_PADDING
  return { padding: { top: `${top}px`, right: `${FIT_PADDING}px`, bottom: `${FIT_PADDING}px`, left: `${FIT_PADDING}px` }, maxZoom: 1.25 }
}

function emphasise(highlight: TopologyHighlight, topology: Topology, evaluation: Evaluation): Emphasised | null {
  if (highlight === 'internet') return emphasiseInternet(topology, evaluation.security)
  if (highlight === 'db-path') return emphasiseDbPath(topology, evaluation.security)
  return null
}

function minimapColour(node: TopoFlowNode): string {
  if (node.data.singlePointOfFailure) return '#ef4444'
  if (node.data.tone === 'amber' && node.data.emphasis === 'strong') return '#f59e0b'
  if (node.data.tone === 'rose' && node.data.emphasis === 'strong') return '#f43f5e'
  return MINIMAP_FILL[node.data.topo.kind]
}

function TopologyFlow({ scenario, evaluation, highlight, overlayScenario, selectedNodeId, onSelectNode }: TopologyCanvasProps) {
  const topology = useMemo(() => topologyOf(scenario), [scenario])
  const emphasised = useMemo(() => emphasise(highlight, topology, evaluation), [highlight, topology, evaluation])
  const overlay = useMemo(
    () => (overlayScenario ? (evaluation.recovery.scenarios.find((s) => s.id === overlayScenario) ?? null) : null),
    [overlayScenario, evaluation],
  )
  const singlePoints = useMemo(() => mapSinglePointsOfFailure(overlay?.singlePointsOfFailure ?? [], topology), [overlay, topology])
  const nodes = useMemo(() => buildFlowNodes(topology, { emphasised, singlePoints, selectedNodeId }), [topology, emphasised, singlePoints, selectedNodeId])
  const edges = useMemo<TopoFlowEdge[]>(() => buildFlowEdges(topology, emphasised), [topology, emphasised])
  const exposedCount = evaluation.security.internetReachable.length

  const topPanels = useTallest()
  const hasTopPanel = highlight !== 'none' || overlay !== null
  const topPanelHeight = hasTopPanel ? topPanels.height : 0
  const fitViewOptions = useMemo(() => fitOptions(topPanelHeight), [topPanelHeight])

  // Refit when the boxes change (a service added, a second AZ), a panel takes the top edge, or
  // the canvas is resized (the details panel opening beside it).
  const { fitView } = useReactFlow()
  const canvasSize = useStore((s) => `${s.width}x${s.height}`)
  const fitKey = `${topology.nodes.map((n) => n.id).join('|')}#${topPanelHeight}#${canvasSize}`
  const fittedKey = useRef(fitKey)
  useEffect(() => {
    if (fittedKey.current === fitKey) return
    fittedKey.current = fitKey
    void fitView(fitViewOptions)
  }, [fitKey, fitView, fitViewOptions])

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
    <ReactFlow<TopoFlowNode, TopoFlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodeClick={onNodeClick}
      onPaneClick={onPaneClick}
      onNodesChange={onNodesChange}
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.15}
      maxZoom={2.5}
      zIndexMode="manual"
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable
      edgesFocusable={false}
      elementsSelectable
      selectNodesOnDrag={false}
      onlyRenderVisibleElements={nodes.length + edges.length > LARGE_GRAPH_ELEMENTS}
      ariaLabelConfig={{ 'node.a11yDescription.default': 'Press Enter or Space to see what this box is, Escape to clear.' }}
    >
      <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
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
          <div ref={topPanels.observe}>
            <FailureOverlayLegend scenario={overlay} markedCount={singlePoints.size} />
          </div>
        </Panel>
      )}
      {/* The empty corner under the outside column: zoom buttons, and the key stacked above them. */}
      <Controls orientation="horizontal" showInteractive={false} fitViewOptions={fitViewOptions} />
      <Panel position="bottom-left" style={{ marginBottom: KEY_ABOVE_CONTROLS }}>
        <EdgeKey />
      </Panel>
      <MiniMap<TopoFlowNode> pannable zoomable nodeColor={minimapColour} nodeStrokeColor="#94a3b8" nodeStrokeWidth={2} nodeBorderRadius={6} maskColor="rgba(241, 245, 249, 0.7)" ariaLabel="Topology overview" style={{ width: 132, height: 88 }} />
    </ReactFlow>
  )
}

/**
 * The architecture as nested boxes and lines, drawn from the topology engine. Lenses light up
 * what the internet reaches or the nearest path to the database; the failure overlay rings the
 * single points of failure of one recovery scenario. Give it a sized parent (e.g. h-[560px]).
 */
export function TopologyCanvas(props: TopologyCanvasProps): JSX.Element {
  const isClient = useIsClient()
  return (
    <div data-testid="topology-canvas" className="relative h-full min-h-[320px] w-full overflow-hidden rounded-xl border border-slate-200 bg-slate-50">
      {isClient ? (
        <ReactFlowProvider>
          <TopologyFlow {...props} />
        </ReactFlowProvider>
      ) : (
        <div className="flex h-full items-center justify-center text-sm text-slate-400">Drawing the topology…</div>
      )}
    </div>
  )
}
