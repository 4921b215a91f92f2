import type { Metadata } from 'next'
import { cookies, headers } from 'next/headers'
import { findPreset } from '@/data/presets'
import { PresentNotice } from '@/components/present/present-notice'
import { Presentation } from '@/components/present/presentation'
import { resolveLocale } from '@/lib/i18n/resolve-locale'
import { evaluateScenario } from '@/lib/evaluate'
import { narrate } from '@/lib/narrative'
import { priceSheetsFor } from '@/lib/pricing/price-sheet'
import { PriceSheets } from '@/components/pricing/price-sheets'
import { sayPresent } from '@/lib/i18n/catalog/say-present'
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/locale'
import { checkScenarioLink, encodeScenarioParam, MAX_URL_CHARS, type FieldError, type Scenario } from '@/lib/model'
import { openSnapshot } from '@/server/snapshots'
import { sayModel } from '@/lib/i18n/catalog/say-model'
import { scenarioName } from '@/lib/i18n/catalog/say-presets'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const DEFAULT_PRESET = 'swiftlogix'

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

type Resolved =
  | { ok: true; scenario: Scenario; presetId?: string; dashboardHref: string }
  | { ok: false; kind: 'broken-link' | 'over-limits' | 'unknown-preset' | 'snapshot-not-found' | 'snapshot-unavailable'; details: FieldError[] }

/**
 * `?snap=` (a stored design, docs/decisions/017) wins over `?s=` (an edited scenario), which wins
 * over `?preset=`; none means the seed design.
 */
async function resolveScenario(params: Awaited<SearchParams>): Promise<Resolved> {
  const snapshotId = first(params.snap)
  if (snapshotId !== undefined) {
    const snapshot = await openSnapshot(snapshotId)
    if (snapshot.status !== 'ok') return { ok: false, kind: snapshot.status === 'not-found' ? 'snapshot-not-found' : 'snapshot-unavailable', details: [] }
    return { ok: true, scenario: snapshot.scenario, dashboardHref: fitDashboardHref(`/?s=${encodeScenarioParam(snapshot.scenario)}`, `/?snap=${snapshotId}`) }
  }
  const encoded = first(params.s)
  if (encoded !== undefined) {
    // The schema bounds every number and the design's work, so whatever it accepts evaluates in
    // milliseconds; the proxy already answered a link over the limits with 422 (docs/decisions/011).
    const decoded = checkScenarioLink(encoded)
    if (!decoded.ok) return { ok: false, kind: decoded.overLimits ? 'over-limits' : 'broken-link', details: decoded.errors.slice(0, 5) }
    return { ok: true, scenario: decoded.value, dashboardHref: fitDashboardHref(`/?s=${encodeURIComponent(encoded)}`) }
  }
  const id = first(params.preset) ?? DEFAULT_PRESET
  const preset = findPreset(id)
  if (!preset) return { ok: false, kind: 'unknown-preset', details: [{ path: 'preset', message: `"${id}"` }] }
  return { ok: true, scenario: preset.scenario, presetId: id, dashboardHref: `/?preset=${encodeURIComponent(id)}` }
}

/**
 * The dashboard with the deck's design while that link stays under MAX_URL_CHARS; a larger design
 * by its snapshot (the dashboard reads `?snap=` too), or else the one the dashboard restores from
 * this browser's storage, where its Present link came from.
 */
function fitDashboardHref(href: string, fallback = '/'): string {
  return href.length < MAX_URL_CHARS ? href : fallback
}

/** `?lang=` wins over the saved choice, as on every page; with neither, the browser's Accept-Language. */
async function readLocale(params: Awaited<SearchParams>): Promise<Locale> {
  return resolveLocale(params.lang, (await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'))
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const params = await searchParams
  const resolved = await resolveScenario(params)
  const locale = await readLocale(params)
  return { title: sayPresent(locale, { code: 'present.page-title', params: { name: resolved.ok ? scenarioName(locale, resolved.presetId, resolved.scenario.config.name) : null } }) }
}

/** The scenario of a dashboard link as a full-screen deck: `?snap=`, `?s=` or `?preset=` (default swiftlogix), `?lang=en|ko`. */
export default async function PresentPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const locale = await readLocale(params)
  const resolved = await resolveScenario(params)
  if (!resolved.ok) {
    // The model's reasons in the reader's language, after the field they name ("(link)": the whole
    // link, which the notice already names); the unknown preset's line echoes the link.
    const details = resolved.details.map((d) => {
      const said = d.reason ? sayModel(locale, d.reason) : d.message
      return d.path.startsWith('(') ? said : `${d.path}: ${said}`
    })
    return <PresentNotice kind={resolved.kind} locale={locale} details={details} />
  }
  const evaluation = evaluateScenario(resolved.scenario)
  // The deck words its story in the browser too (the decision prices options to add and ways to cut):
  // it gets every price the server's narrative looked up, so the first render agrees with the server's.
  const sheets = priceSheetsFor(() => narrate(resolved.scenario, evaluation, locale))
  return (
    <PriceSheets sheets={sheets}>
      <Presentation scenario={resolved.scenario} evaluation={evaluation} locale={locale} presetId={resolved.presetId} dashboardHref={resolved.dashboardHref} exitHref={resolved.dashboardHref} />
    </PriceSheets>
  )
}
