import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { PresentNotice } from '@/components/present/present-notice'
import { Presentation } from '@/components/present/presentation'
import { sayPages } from '@/lib/i18n/catalog/say-pages'
import { resolveLocale } from '@/lib/i18n/resolve-locale'
import { evaluateScenario } from '@/lib/evaluate'
import { narrate } from '@/lib/narrative'
import { priceSheetsFor } from '@/lib/pricing/price-sheet'
import { PriceSheets } from '@/components/pricing/price-sheets'
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/locale'
import { loadSharedVersion } from '@/server/workspaces/share'

// A share link reads the workspace store on every request: a removed link must stop working at once.
export const dynamic = 'force-dynamic'

type Params = Promise<{ id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** `?lang=` wins over the saved choice, as on every page; with neither, the browser's Accept-Language. */
async function readLocale(searchParams: SearchParams): Promise<Locale> {
  return resolveLocale((await searchParams).lang, (await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'))
}

/** One lookup per request, shared by the metadata and the page. */
const loadShared = cache(async (id: string) => {
  try {
    return { ok: true as const, shared: await loadSharedVersion(id) }
  } catch (error) {
    console.error(`[archdeck] share ${id} could not be loaded: ${(error as Error).message}`)
    return { ok: false as const }
  }
})

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const lookup = await loadShared((await params).id)
  const shared = lookup.ok ? lookup.shared : null
  const locale = await readLocale(searchParams)
  return {
    title: sayPages(locale, shared ? { code: 'pages.sharedTitle', params: { workspace: shared.workspaceName, name: shared.name, version: shared.version } } : { code: 'pages.sharedFallbackTitle', params: {} }),
    robots: { index: false, follow: false },
  }
}

/** A read-only shared scenario version, opened straight into presentation mode. */
export default async function SharedVersionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params
  const locale = await readLocale(searchParams)
  const lookup = await loadShared(id)
  if (!lookup.ok) return <PresentNotice kind="share-unavailable" locale={locale} />
  if (!lookup.shared) notFound()
  const { scenario, name, version, workspaceName } = lookup.shared
  // The time budget holds by construction: the stored version was read through the bounded schema
  // (lib/model/evaluation-work.ts), and one over the limits is not found above (docs/decisions/011).
  const evaluation = evaluateScenario(scenario)
  // The deck words its story in the browser too (the decision prices options to add and ways to cut):
  // it gets every price the server's narrative looked up, so the first render agrees with the server's.
  const sheets = priceSheetsFor(() => narrate(scenario, evaluation, locale))
  return (
    <PriceSheets sheets={sheets}>
      <Presentation
        scenario={scenario}
        evaluation={evaluation}
        locale={locale}
        title={sayPages(locale, { code: 'pages.sharedDeckTitle', params: { workspace: workspaceName, name, version } })}
        readOnly
        exitHref="/"
      />
    </PriceSheets>
  )
}
