import type { Messages } from '../define'
import type { SignInReason } from '../sign-in-reasons'

/** 로그인 페이지의 문구. */
export const signIn: Messages<SignInReason> = {
  'sign-in.title': () => 'ArchDeck 로그인',
  'sign-in.intro': () => '이 ArchDeck은 누구나 볼 수 있지만, 저장·공유·의사결정 기록에는 접근 토큰이 필요합니다.',
  'sign-in.privateIntro': () => '비공개 ArchDeck입니다. 접근 토큰 없이는 공유 링크만 열립니다.',
  'sign-in.tokenLabel': () => '접근 토큰',
  'sign-in.tokenHint': () => '서버 운영자에게 받으세요. 토큰은 스크립트가 읽을 수 없는 쿠키로만 이 브라우저에 남습니다.',
  'sign-in.submit': () => '로그인',
  'sign-in.wrongToken': () => '이 ArchDeck의 접근 토큰이 아닙니다. 확인 후 다시 시도하세요.',
  'sign-in.signedOut': () => '이 브라우저에서 로그아웃했습니다.',
  'sign-in.signedIn': () => '이 브라우저에서 로그인되어 있습니다.',
  'sign-in.continue': () => '계속',
  'sign-in.signOut': () => '로그아웃',
  'sign-in.noToken': () => '이 ArchDeck에는 접근 토큰이 설정되어 있지 않아 로그인할 필요가 없습니다. 운영자가 ARCHDECK_ACCESS_TOKEN을 설정하면 토큰을 요구합니다.',
  'sign-in.locked': () => '비공개(ARCHDECK_PRIVATE) ArchDeck이지만 접근 토큰이 설정되어 있지 않아 공유 링크만 열립니다. 운영자가 ARCHDECK_ACCESS_TOKEN을 설정해야 합니다.',
}
