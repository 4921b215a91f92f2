import type { Locale } from '@/lib/i18n'

type NoticeKind = 'broken-link' | 'over-limits' | 'unknown-preset' | 'share-not-found' | 'share-unavailable'

const NOTICE = {
  en: {
    'broken-link': { title: 'This presentation link is broken', body: 'The scenario in the link could not be read, so there is nothing to present.' },
    'over-limits': { title: 'This link asks for more than ArchDeck evaluates', body: 'Every number of a design has a limit, so that one evaluation stays fast for everyone using this server. The link was not evaluated.' },
    'unknown-preset': { title: 'This preset does not exist', body: 'The link names a preset ArchDeck does not know.' },
    'share-not-found': { title: 'This share link does not exist or was removed', body: 'Ask whoever sent it for a new link to the version they meant to share.' },
    'share-unavailable': { title: 'This shared version cannot be shown right now', body: 'The workspace store did not answer. Try again in a moment.' },
    back: 'Back to the dashboard',
    details: 'What was wrong',
  },
  ko: {
    'broken-link': { title: '발표 링크가 올바르지 않습니다', body: '링크에 담긴 구성을 읽을 수 없어 발표할 내용이 없습니다.' },
    'over-limits': { title: '이 링크는 ArchDeck이 평가하는 범위를 넘습니다', body: '이 서버를 쓰는 모두에게 평가가 빠르도록 설계의 모든 수치에 한도가 있습니다. 링크를 평가하지 않았습니다.' },
    'unknown-preset': { title: '없는 프리셋입니다', body: '링크에 적힌 프리셋을 ArchDeck이 알지 못합니다.' },
    'share-not-found': { title: '존재하지 않거나 삭제된 공유 링크입니다', body: '링크를 보낸 분께 공유하려던 버전의 새 링크를 요청해 주세요.' },
    'share-unavailable': { title: '지금은 공유된 버전을 보여 드릴 수 없습니다', body: '워크스페이스 저장소가 응답하지 않습니다. 잠시 후 다시 시도해 주세요.' },
    back: '대시보드로 돌아가기',
    details: '문제가 된 부분',
  },
} satisfies Record<Locale, unknown>

/** A page that explains what went wrong and links back, so a bad link never shows a blank screen. */
export function PresentNotice({ kind, locale, details = [] }: { kind: NoticeKind; locale: Locale; details?: readonly string[] }) {
  const words = NOTICE[locale]
  const { title, body } = words[kind]
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-6" lang={locale}>
      <section role="alert" className="w-full max-w-xl rounded-2xl border border-slate-200 bg-white p-10 shadow-sm" data-testid="present-notice">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-600">{body}</p>
        {details.length > 0 && (
          <div className="mt-5">
            <p className="text-sm font-medium text-slate-500">{words.details}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5 font-mono text-sm text-slate-700">
              {details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </div>
        )}
        <a
          href="/"
          className="mt-8 inline-flex rounded-lg bg-slate-900 px-5 py-2.5 text-base font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-500"
        >
          {words.back}
        </a>
      </section>
    </main>
  )
}
