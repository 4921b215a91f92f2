import { cookies, headers } from 'next/headers'
import { PresentNotice } from '@/components/present/present-notice'
import { resolveLocale } from '@/lib/i18n/resolve-locale'
import { LOCALE_COOKIE } from '@/lib/i18n/locale'

/** An unknown or removed share id: a friendly 404 with a way back. */
export default async function ShareNotFound() {
  const locale = resolveLocale(undefined, (await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'))
  return <PresentNotice kind="share-not-found" locale={locale} />
}
