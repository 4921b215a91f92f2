import type { Reason } from '../../explain/reason'
import type { CostComponent } from '../../cost'
import type { RecoveryMode } from '../../recovery/scenario-ids'

/**
 * What the deck says around the narrative's sentences: its controls, the pictures' labels, the
 * notice for a bad link and the page title. Keys of the `present` namespace;
 * lib/i18n/catalog/<language>/present.ts words them. Numbers arrive raw (the message formats them).
 */
type Present<Code extends string, Params extends object = Record<string, never>> = Reason<`present.${Code}`, Params>

/** lib/narrative's Verdict, spelled out so the catalog does not import the narrative that imports it. */
type Verdict = 'good' | 'warn' | 'bad'

/** Why a presentation link shows a notice instead of the deck. */
export type PresentNoticeKind = 'broken-link' | 'over-limits' | 'unknown-preset' | 'share-not-found' | 'share-unavailable' | 'snapshot-not-found' | 'snapshot-unavailable'

export type PresentReason =
  // The deck's frame: header, footer, keys, slide names for assistive technology.
  | Present<'deck'>
  | Present<'next'>
  | Present<'previous'>
  | Present<'exit'>
  | Present<'exit-key'>
  | Present<'download'>
  | Present<'print'>
  // The offer to read the deck in this language, said in this language (shown to readers of another).
  | Present<'offer-language'>
  | Present<'offer-language-label'>
  | Present<'read-only'>
  | Present<'open-dashboard'>
  | Present<'keys'>
  | Present<'slide-of', { position: number; count: number }>
  | Present<'slide-label', { title: string; position: number; count: number }>
  | Present<'go-to', { position: number; title: string }>
  | Present<'print-header', { title: string }>
  | Present<'verdict-legend', { verdict: Verdict }>
  // Business and CTO pictures: a normal busy day beside the peak (named by the scenario).
  | Present<'normal-day'>
  | Present<'business.busiest', { name: string }>
  | Present<'business.each-service'>
  | Present<'business.rps', { rps: number }>
  | Present<'business.servers', { count: number }>
  | Present<'business.limit', { count: number }>
  | Present<'cto.caption'>
  | Present<'cto.p95', { ms: number }>
  | Present<'cto.target', { ms: number }>
  | Present<'cto.network', { ms: number }>
  // Ops picture: how many failures recover each way, then one tile per failure.
  | Present<'ops.mode', { mode: RecoveryMode }>
  | Present<'ops.tile', { mode: RecoveryMode; rtoMinutes: number | null }>
  // Finance picture.
  | Present<'finance.picture', { monthlyKrw: number; budgetKrw: number }>
  | Present<'finance.monthly-cost'>
  | Present<'finance.budget'>
  | Present<'finance.peak-month', { name: string }>
  | Present<'finance.over', { krw: number }>
  | Present<'finance.under', { krw: number }>
  | Present<'finance.group', { component: CostComponent | 'other' }>
  // Security picture: Internet → (CDN) → Load balancer → App → Database in three zones.
  | Present<'security.picture', { path: readonly string[]; verdict: string }>
  | Present<'security.internet'>
  | Present<'security.cdn'>
  | Present<'security.load-balancer'>
  | Present<'security.app'>
  | Present<'security.app-services', { count: number }>
  | Present<'security.database'>
  | Present<'security.standby'>
  | Present<'security.no-standby'>
  | Present<'security.public-zone'>
  | Present<'security.app-zone'>
  | Present<'security.data-zone'>
  | Present<'security.no-internet-route'>
  | Present<'security.web-traffic', { ports: readonly number[] }>
  | Present<'security.reachable'>
  | Present<'security.not-reachable'>
  // A link that cannot be presented, and the browser tab's title.
  | Present<'notice.title', { kind: PresentNoticeKind }>
  | Present<'notice.body', { kind: PresentNoticeKind }>
  | Present<'notice.details'>
  | Present<'notice.back'>
  | Present<'page-title', { name: string | null }>
