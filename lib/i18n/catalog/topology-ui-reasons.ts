import type { Reason } from '../../explain/reason'
import type { Tier } from '../../model'
import type { TopoNodeKind } from '../../topology/topology-kinds'

/**
 * What the topology panel says around the engine's labels: the toolbar, the legends, the details
 * panel, the database banner's question and the canvas's own controls. Keys of the `topology-ui`
 * namespace; lib/i18n/catalog/<language>/topology-ui.ts words them.
 */
type Ui<Code extends string, Params extends object = Record<string, never>> = Reason<`topology-ui.${Code}`, Params>

export type TopologyUiReason =
  // Kinds, tiers and group names.
  | Ui<'kind', { kind: TopoNodeKind }>
  | Ui<'tier', { tier: Tier }>
  | Ui<'subnet-group', { tier: Tier; azLetter: string }>
  | Ui<'region'>
  | Ui<'expand', { name: string }>
  | Ui<'collapse', { name: string }>
  | Ui<'collapsed-title', { title: string }>
  // Marks on the boxes.
  | Ui<'single-point-tag'>
  | Ui<'internet-tag'>
  | Ui<'path-step', { step: number }>
  | Ui<'pill-title', { ports: string; from: string; groups: string }>
  // Details panel.
  | Ui<'not-in-design', { id: string }>
  | Ui<'select-hint'>
  | Ui<'fact-kind'>
  | Ui<'fact-tier'>
  | Ui<'fact-inside'>
  | Ui<'fact-groups'>
  | Ui<'fact-id'>
  | Ui<'findings'>
  | Ui<'no-findings'>
  | Ui<'fix'>
  | Ui<'inbound'>
  | Ui<'no-inbound'>
  | Ui<'from'>
  | Ui<'single-point-in'>
  | Ui<'no-single-point'>
  // Legends.
  | Ui<'mode-meaning', { mode: 'auto' | 'partial' | 'manual' }>
  | Ui<'single-points', { count: number }>
  /** The AZ-outage overlay: the AZ it takes down, the tag on that AZ's frame, the parts' heading. */
  | Ui<'failed-az', { az: string }>
  | Ui<'az-down'>
  | Ui<'az-parts'>
  | Ui<'internet-title'>
  | Ui<'internet-none'>
  | Ui<'internet-direct'>
  | Ui<'internet-chain'>
  | Ui<'key-rule'>
  | Ui<'key-route'>
  | Ui<'key-flow'>
  | Ui<'key-ports'>
  // Database path banner: `from` and `target` are lib/security's ids ('internet', 'database') or a name as typed.
  | Ui<'db-question', { from: string; target: string; port: number }>
  | Ui<'db-direct'>
  | Ui<'db-through-app', { hops: number }>
  | Ui<'db-chain', { hops: number }>
  | Ui<'db-none'>
  // Toolbar.
  | Ui<'toolbar'>
  | Ui<'find'>
  | Ui<'search'>
  | Ui<'search-placeholder'>
  | Ui<'found', { index: number; count: number }>
  | Ui<'not-found'>
  | Ui<'port'>
  | Ui<'port-filter'>
  | Ui<'all-ports'>
  | Ui<'group'>
  | Ui<'group-filter'>
  | Ui<'all-groups'>
  | Ui<'collapsed-count', { count: number }>
  | Ui<'expand-all'>
  | Ui<'default-grouping'>
  // Canvas.
  | Ui<'node-help'>
  | Ui<'node-role'>
  | Ui<'node-moved', { direction: string; x: number; y: number }>
  | Ui<'edge-help'>
  | Ui<'controls'>
  | Ui<'zoom-in'>
  | Ui<'zoom-out'>
  | Ui<'interactive'>
  | Ui<'handle'>
  | Ui<'key-ports-sample'>
  | Ui<'fit-view'>
  | Ui<'overview'>
  | Ui<'drawing'>
