import type { Reason } from '../../explain/reason'

/**
 * What the server says on pages it renders around the dashboard: the tab titles of the sign-in,
 * workspaces and shared-version pages, and the page a link over the evaluation limits gets
 * (docs/decisions/011). Keys of the `pages` namespace; lib/i18n/catalog/<language>/pages.ts words them.
 */
type Page<Code extends string, Params extends object = Record<string, never>> = Reason<`pages.${Code}`, Params>

export type PagesReason =
  | Page<'signInTitle'>
  | Page<'workspacesTitle'>
  /** A shared scenario version; names as the workspace's users typed them. */
  | Page<'sharedTitle', { workspace: string; name: string; version: number }>
  | Page<'sharedFallbackTitle'>
  /** The shared version's name on the deck's title bar and printed pages. */
  | Page<'sharedDeckTitle', { workspace: string; name: string; version: number }>
  | Page<'overLimitTitle'>
  | Page<'overLimitBody'>
  /** The field path of an error about the whole design rather than one of its fields. */
  | Page<'overLimitDesign'>
  | Page<'overLimitLimits'>
  | Page<'overLimitBack'>
