import type { Messages } from '../define'
import type { PagesReason } from '../pages-reasons'

/** Page titles and the over-limit page in English. */
export const pages: Messages<PagesReason> = {
  'pages.signInTitle': () => 'Sign in — ArchDeck',
  'pages.workspacesTitle': () => 'Workspaces — ArchDeck',
  'pages.sharedTitle': (p) => `${p.workspace} · ${p.name} v${p.version} — ArchDeck`,
  'pages.sharedFallbackTitle': () => 'ArchDeck shared version',
  'pages.sharedDeckTitle': (p) => `${p.workspace} · ${p.name} v${p.version}`,
  'pages.overLimitTitle': () => 'This link asks for more than ArchDeck evaluates',
  'pages.overLimitBody': () =>
    'ArchDeck keeps every number of a design within limits, so that one evaluation stays fast for everyone using this server. The link was not opened:',
  'pages.overLimitDesign': () => 'design',
  'pages.overLimitLimits': () => 'The limits are listed in docs/decisions/011-bounded-evaluation.md.',
  'pages.overLimitBack': () => 'Open the dashboard',
}
