import type { Reason } from '../../explain/reason'

/**
 * The sign-in page of a server with an access token (docs/decisions/009): its title, the token
 * field, and what each state says. The English words are also the accessible names the journeys
 * use. Keys of the `sign-in` namespace; lib/i18n/catalog/<language>/sign-in.ts words them.
 */
type SignInKey =
  | 'title'
  | 'intro'
  | 'privateIntro'
  | 'tokenLabel'
  | 'tokenHint'
  | 'submit'
  | 'wrongToken'
  | 'signedOut'
  | 'signedIn'
  | 'continue'
  | 'signOut'
  | 'noToken'
  | 'locked'

export type SignInReason = { [K in SignInKey]: Reason<`sign-in.${K}`> }[SignInKey]
