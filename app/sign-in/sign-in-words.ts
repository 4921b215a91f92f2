import type { Locale } from '@/lib/i18n'

/** The sign-in page's words; the English ones are also the accessible names the journeys use. */
export type SignInWords = {
  title: string
  intro: string
  privateIntro: string
  tokenLabel: string
  tokenHint: string
  submit: string
  wrongToken: string
  signedOut: string
  signedIn: string
  continue: string
  signOut: string
  noToken: string
  locked: string
}

const en: SignInWords = {
  title: 'Sign in to ArchDeck',
  intro: 'Anyone may look at this ArchDeck, but saving, sharing and recording decisions need its access token.',
  privateIntro: 'This ArchDeck is private: only share links open without its access token.',
  tokenLabel: 'Access token',
  tokenHint: 'Ask whoever runs this server. It is kept only as a cookie this browser cannot read from scripts.',
  submit: 'Sign in',
  wrongToken: 'That is not this ArchDeck’s access token. Check it and try again.',
  signedOut: 'You are signed out on this browser.',
  signedIn: 'You are signed in on this browser.',
  continue: 'Continue',
  signOut: 'Sign out',
  noToken: 'This ArchDeck has no access token set, so there is nothing to sign in to. Whoever runs it can set ARCHDECK_ACCESS_TOKEN to ask for one.',
  locked: 'This ArchDeck is private (ARCHDECK_PRIVATE) but has no access token set, so only share links open. Whoever runs it must set ARCHDECK_ACCESS_TOKEN.',
}

const ko: SignInWords = {
  title: 'ArchDeck 로그인',
  intro: '이 ArchDeck은 누구나 볼 수 있지만, 저장·공유·의사결정 기록에는 접근 토큰이 필요합니다.',
  privateIntro: '비공개 ArchDeck입니다. 접근 토큰 없이는 공유 링크만 열립니다.',
  tokenLabel: '접근 토큰',
  tokenHint: '서버 운영자에게 받으세요. 토큰은 스크립트가 읽을 수 없는 쿠키로만 이 브라우저에 남습니다.',
  submit: '로그인',
  wrongToken: '이 ArchDeck의 접근 토큰이 아닙니다. 확인 후 다시 시도하세요.',
  signedOut: '이 브라우저에서 로그아웃했습니다.',
  signedIn: '이 브라우저에서 로그인되어 있습니다.',
  continue: '계속',
  signOut: '로그아웃',
  noToken: '이 ArchDeck에는 접근 토큰이 설정되어 있지 않아 로그인할 필요가 없습니다. 운영자가 ARCHDECK_ACCESS_TOKEN을 설정하면 토큰을 요구합니다.',
  locked: '비공개(ARCHDECK_PRIVATE) ArchDeck이지만 접근 토큰이 설정되어 있지 않아 공유 링크만 열립니다. 운영자가 ARCHDECK_ACCESS_TOKEN을 설정해야 합니다.',
}

const WORDS: Record<Locale, SignInWords> = { en, ko }

export function signInWords(locale: Locale): SignInWords {
  return WORDS[locale]
}
