import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { ComparePage } from '@/components/compare/compare-page'
import { diffPairs } from '@/components/compare/chart-data'
import { shortenNames } from '@/components/compare/short-names'
import { compareHref, isSnapshotLink, listPresetChoices, readSelection, snapshotIdsIn, snapshotLink, stateOf, type SearchParams, type Selection, type SnapshotRead } from '@/components/compare/read-selection'
import { compareScenarios, diffConfigs, pickWinners } from '@/lib/compare'
import { sayCompareUi } from '@/lib/i18n/catalog/say-compare-ui'
import { LOCALE_COOKIE, LocaleSchema, type Locale } from '@/lib/i18n/locale'
import { MAX_URL_CHARS } from '@/lib/model'
import { openSnapshot, storeSnapshot } from '@/server/snapshots'

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

/** What the store holds for each `snap=` id of the request (at most MAX_SNAPSHOTS_READ lookups). */
async function readSnapshots(params: SearchParams): Promise<Map<string, SnapshotRead>> {
  const ids = snapshotIdsIn(params)
  return new Map(await Promise.all(ids.map(async (id) => [id, await openSnapshot(id)] as const)))
}

/** Room for what the page's own links add to the current URL: a preset id in the picker, `&diff=first`. */
const LINK_HEADROOM_CHARS = 200

/**
 * The page's links (picker, language, diff mode) repeat the plans. When `s=` links make them longer
 * than MAX_URL_CHARS (a hand-made URL: ArchDeck's own links name such designs by snapshot), those
 * plans are stored as snapshots and the links name them by id; a store that fails keeps them as they are.
 */
async function fitLinks(selection: Selection): Promise<Selection> {
  if (compareHref(stateOf(selection)).length + LINK_HEADROOM_CHARS < MAX_URL_CHARS) return selection
  try {
    const items = await Promise.all(
      selection.items.map(async (item) => {
        if (item.source.kind !== 'link' || isSnapshotLink(item.source.param)) return item
        const { id } = await storeSnapshot(item.scenario)
        return { ...item, source: { ...item.source, param: snapshotLink(id) } }
      }),
    )
    return { ...selection, items }
  } catch (error) {
    console.error('[archdeck] compare: scenario links could not be stored as snapshots:', error)
    return selection
  }
}

/**
 * `/compare?presets=a,b,c&s=<encoded>&snap=<id>&lang=ko&diff=first`: reads the plans, runs the engines once
 * per plan (and once per config change for the diff), and renders the comparison. Bounded work:
 * at most four plans, each accepted by the bounded schema (a link over the limits got 422 from the
 * proxy), and a diff prices at most changesEvaluatedAlone(plan) changes (docs/decisions/011).
 */
export default async function CompareRoute({ searchParams }: Props) {
  const params = await searchParams
  const selection = await fitLinks(readSelection(params, await savedLocale(), await readSnapshots(params)))
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
