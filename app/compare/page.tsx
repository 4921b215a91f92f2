import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { ComparePage } from '@/components/compare/compare-page'
import { diffPairs } from '@/components/compare/chart-data'
import { shortenNames } from '@/components/compare/short-names'
import { listPresetChoices, readSelection, type SearchParams } from '@/components/compare/read-selection'
import { compareScenarios, diffConfigs, pickWinners } from '@/lib/compare'
import { sayCompareUi } from '@/lib/i18n/catalog/say-compare-ui'
import { LOCALE_COOKIE, LocaleSchema, type Locale } from '@/lib/i18n/locale'

type Props = { searchParams: Promise<SearchParams> }

/** `?lang=` wins; otherwise the language the dashboard's switch saved in a cookie. */
async function savedLocale(): Promise<Locale> {
  const stored = LocaleSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value)
  return stored.success ? stored.data : 'en'
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { locale } = readSelection(await searchParams, await savedLocale())
  return { title: sayCompareUi(locale, { code: 'compare-ui.tab-title', params: {} }) }
}

/**
 * `/compare?presets=a,b,c&s=<encoded>&lang=ko&diff=first`: reads the plans, runs the engines once
 * per plan (and once per config change for the diff), and renders the comparison. Bounded work:
 * at most four plans, each accepted by the bounded schema (a link over the limits got 422 from the
 * proxy), and a diff prices at most changesEvaluatedAlone(plan) changes (docs/decisions/011).
 */
export default async function CompareRoute({ searchParams }: Props) {
  const selection = readSelection(await searchParams, await savedLocale())
  const { items, diffMode } = selection
  // Short names ("Plan 1 (high availability)") read better in the reasons and on the axes; the cards keep the full ones.
  const short = shortenNames(items.map((i) => i.name))
  const comparison = items.length >= 2 ? compareScenarios(items.map((item, i) => ({ ...item, name: short[i]! }))) : null
  const winners = comparison ? pickWinners(comparison) : []
  const diffs = comparison
    ? diffPairs(items.length, diffMode).map(([fromIndex, toIndex]) => ({
        fromIndex,
        toIndex,
        changes: diffConfigs(items[fromIndex]!.scenario, items[toIndex]!.scenario),
      }))
    : []
  return <ComparePage selection={selection} comparison={comparison} winners={winners} diffs={diffs} presets={listPresetChoices()} />
}
