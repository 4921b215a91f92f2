import type { Locale } from '@/lib/i18n/locale'
import type { PresentNoticeKind } from '@/lib/i18n/catalog/present-reasons'
import { presentSay } from './present-say'

/** A page that explains what went wrong and links back, so a bad link never shows a blank screen. */
export function PresentNotice({ kind, locale, details = [] }: { kind: PresentNoticeKind; locale: Locale; details?: readonly string[] }) {
  const say = presentSay(locale)
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4 sm:px-6" lang={locale}>
      <section role="alert" className="w-full max-w-xl break-words rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-10" data-testid="present-notice">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">{say('present.notice.title', { kind })}</h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-600">{say('present.notice.body', { kind })}</p>
        {details.length > 0 && (
          <div className="mt-5">
            <p className="text-sm font-medium text-slate-500">{say('present.notice.details')}</p>
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
          {say('present.notice.back')}
        </a>
      </section>
    </main>
  )
}
