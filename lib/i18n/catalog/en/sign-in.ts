import type { Messages } from '../define'
import type { SignInReason } from '../sign-in-reasons'

/** The sign-in page's words in English; they are also the accessible names the journeys use. */
export const signIn: Messages<SignInReason> = {
  'sign-in.title': () => 'Sign in to ArchDeck',
  'sign-in.intro': () => 'Anyone may look at this ArchDeck, but saving, sharing and recording decisions need its access token.',
  'sign-in.privateIntro': () => 'This ArchDeck is private: only share links open without its access token.',
  'sign-in.tokenLabel': () => 'Access token',
  'sign-in.tokenHint': () => 'Ask whoever runs this server. It is kept only as a cookie this browser cannot read from scripts.',
  'sign-in.submit': () => 'Sign in',
  'sign-in.wrongToken': () => 'That is not this ArchDeck’s access token. Check it and try again.',
  'sign-in.signedOut': () => 'You are signed out on this browser.',
  'sign-in.signedIn': () => 'You are signed in on this browser.',
  'sign-in.continue': () => 'Continue',
  'sign-in.signOut': () => 'Sign out',
  'sign-in.noToken': () => 'This ArchDeck has no access token set, so there is nothing to sign in to. Whoever runs it can set ARCHDECK_ACCESS_TOKEN to ask for one.',
  'sign-in.locked': () => 'This ArchDeck is private (ARCHDECK_PRIVATE) but has no access token set, so only share links open. Whoever runs it must set ARCHDECK_ACCESS_TOKEN.',
}
