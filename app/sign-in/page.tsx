import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { readAccessSettings, safeNextPath } from '@/server/http/access-control'
import { isSessionValue, SESSION_COOKIE } from '@/server/http/session-token'
import { sayPages } from '@/lib/i18n/catalog/say-pages'
import { LOCALE_COOKIE } from '@/lib/i18n/locale'
import { resolveLocale } from '@/lib/i18n/resolve-locale'
import { SignInForm, type SignInState } from './sign-in-form'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const locale = resolveLocale((await searchParams).lang, (await cookies()).get(LOCALE_COOKIE)?.value)
  return { title: sayPages(locale, { code: 'pages.signInTitle', params: {} }), robots: { index: false, follow: false } }
}

// The answer depends on the cookie and on ARCHDECK_ACCESS_TOKEN at the time of the request.
export const dynamic = 'force-dynamic'

/** The sign-in page of a server with ARCHDECK_ACCESS_TOKEN (docs/decisions/009); open to everyone. */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const { token, isPrivate } = readAccessSettings(process.env)
  const signedIn = token !== null && (await isSessionValue((await cookies()).get(SESSION_COOKIE)?.value, token))
  const state: SignInState = token === null ? (isPrivate ? 'locked' : 'no-token') : signedIn ? 'signed-in' : 'sign-in'
  return <SignInForm state={state} next={safeNextPath(first(params.next))} wrongToken={first(params.error) === 'wrong-token'} signedOut={first(params['signed-out']) === '1'} isPrivate={isPrivate} />
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
