import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { initialStateFor } from '@/components/store/initial-state'
import { WorkspacesPage } from '@/components/workspace/workspaces-page'
import { sayPages } from '@/lib/i18n/catalog/say-pages'
import { LOCALE_COOKIE } from '@/lib/i18n/locale'
import { resolveLocale } from '@/lib/i18n/resolve-locale'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const locale = resolveLocale((await searchParams).lang, (await cookies()).get(LOCALE_COOKIE)?.value)
  return { title: sayPages(locale, { code: 'pages.workspacesTitle', params: {} }) }
}

/** The workspace panel on its own page, over the same work as the dashboard (restored from the browser). */
export default function Page() {
  return <WorkspacesPage initial={initialStateFor()} />
}
