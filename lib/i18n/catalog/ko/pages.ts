import type { Messages } from '../define'
import type { PagesReason } from '../pages-reasons'

/** 페이지 제목과 한도 초과 안내 페이지의 문구. */
export const pages: Messages<PagesReason> = {
  'pages.signInTitle': () => 'ArchDeck 로그인',
  'pages.workspacesTitle': () => '워크스페이스 — ArchDeck',
  'pages.sharedTitle': (p) => `${p.workspace} · ${p.name} v${p.version} — ArchDeck`,
  'pages.sharedFallbackTitle': () => 'ArchDeck 공유 버전',
  'pages.sharedDeckTitle': (p) => `${p.workspace} · ${p.name} v${p.version}`,
  'pages.overLimitTitle': () => '이 링크는 ArchDeck이 평가하는 범위를 넘습니다',
  'pages.overLimitBody': () => '이 서버를 쓰는 모두에게 평가가 빠르도록 ArchDeck은 설계의 모든 수치에 한도를 둡니다. 다음 이유로 링크를 열지 않았습니다:',
  'pages.overLimitDesign': () => '설계',
  'pages.overLimitLimits': () => '한도 목록은 docs/decisions/011-bounded-evaluation.md에 있습니다.',
  'pages.overLimitBack': () => '대시보드 열기',
}
