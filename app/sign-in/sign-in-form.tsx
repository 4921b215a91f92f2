'use client'

import { LanguageSwitch } from '@/components/i18n/language-switch'
import { useLocale } from '@/components/i18n/locale-provider'
import { saySignIn } from '@/lib/i18n/catalog/say-sign-in'
import { wordsIn } from '@/lib/i18n/catalog/words-in'

export type SignInState = 'sign-in' | 'signed-in' | 'no-token' | 'locked'

const BUTTON = 'inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'

/**
 * A plain form posting to /api/session: it works without scripts, and the token never passes
 * through page code (the answer sets an HttpOnly cookie and redirects to `next`).
 */
export function SignInForm({ state, next, wrongToken, signedOut, isPrivate }: { state: SignInState; next: string; wrongToken: boolean; signedOut: boolean; isPrivate: boolean }) {
  const { locale } = useLocale()
  const w = wordsIn('sign-in', saySignIn, locale)
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-6" lang={locale}>
      <section aria-labelledby="sign-in-title" className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="flex items-start justify-between gap-4">
          <h1 id="sign-in-title" className="text-2xl font-semibold tracking-tight text-slate-900">
            {w('title')}
          </h1>
          <LanguageSwitch tone="light" />
        </div>
        {signedOut && (
          <p role="status" className="mt-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
            {w('signedOut')}
          </p>
        )}
        {state === 'no-token' && <p className="mt-4 text-sm leading-relaxed text-slate-600">{w('noToken')}</p>}
        {state === 'locked' && (
          <p role="alert" className="mt-4 text-sm leading-relaxed text-rose-900">
            {w('locked')}
          </p>
        )}
        {state === 'signed-in' && (
          <div className="mt-4 space-y-4">
            <p role="status" className="text-sm text-slate-700">
              {w('signedIn')}
            </p>
            <div className="flex gap-2">
              <a href={next} className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-800`}>
                {w('continue')}
              </a>
              <form method="post" action="/api/session">
                <input type="hidden" name="intent" value="sign-out" />
                <button type="submit" className={`${BUTTON} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}>
                  {w('signOut')}
                </button>
              </form>
            </div>
          </div>
        )}
        {state === 'sign-in' && (
          <form method="post" action="/api/session" className="mt-4 space-y-4">
            <p className="text-sm leading-relaxed text-slate-600">{isPrivate ? w('privateIntro') : w('intro')}</p>
            {wrongToken && (
              <p id="sign-in-error" role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">
                {w('wrongToken')}
              </p>
            )}
            <input type="hidden" name="next" value={next} />
            <div>
              <label htmlFor="access-token" className="block text-sm font-medium text-slate-700">
                {w('tokenLabel')}
              </label>
              <input
                id="access-token"
                name="token"
                type="password"
                required
                autoComplete="current-password"
                autoFocus
                aria-invalid={wrongToken || undefined}
                aria-describedby={wrongToken ? 'sign-in-error access-token-hint' : 'access-token-hint'}
                className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-sky-500 focus:outline-2 focus:outline-sky-500/30"
              />
              <p id="access-token-hint" className="mt-1 text-xs text-slate-600">
                {w('tokenHint')}
              </p>
            </div>
            <button type="submit" className={`${BUTTON} w-full bg-sky-700 text-white hover:bg-sky-800`}>
              {w('submit')}
            </button>
          </form>
        )}
      </section>
    </main>
  )
}
