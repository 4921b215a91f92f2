import { PRESETS, findPreset } from '@/data/presets'
import { MAX_COMPARED, MIN_COMPARED, type ComparisonInput } from '@/lib/compare'
import { LocaleSchema, type Locale } from '@/lib/i18n/locale'
import { decodeScenarioParam, type ParseResult, type Scenario } from '@/lib/model'
import { sayModel } from '@/lib/i18n/catalog/say-model'
import { presetTitle } from '@/lib/i18n/catalog/say-presets'

export type SearchParams = Record<string, string | string[] | undefined>

/** Consecutive: 1 → 2, 2 → 3, 3 → 4. First: 1 → 2, 1 → 3, 1 → 4. */
export type DiffMode = 'consecutive' | 'first'

type SelectedItem = ComparisonInput & { source: { kind: 'preset'; presetId: string } | { kind: 'link'; param: string; position: number } }

export type Notice =
  | { kind: 'unknown-preset'; id: string }
  /** `path` null: the whole link is unreadable; `message` null: the reader gave no reason; else the model's reason in the page's language. */
  | { kind: 'bad-link'; position: number; path: string | null; message: string | null }
  /** A `snap=` id the store does not have (`unavailable`: the store did not answer). */
  | { kind: 'missing-snapshot'; position: number; unavailable: boolean }
  | { kind: 'duplicate'; name: string }
  | { kind: 'too-many' }
  | { kind: 'too-few' }

export type Selection = {
  locale: Locale
  diffMode: DiffMode
  /** Up to four plans, presets first in the order given, then scenario links. */
  items: SelectedItem[]
  notices: Notice[]
  /** True when the URL named no plan at all and seed 001's canonical comparison is shown. */
  defaulted: boolean
}

/** Seed 001's plans 1, 2, 3 and the final one: the comparison the seed itself makes. */
export const DEFAULT_PRESET_IDS = ['swiftlogix-seoul-plan1', 'swiftlogix-seoul-plan2', 'swiftlogix-seoul-plan3', 'swiftlogix-seoul-final'] as const

/**
 * What the page read for one `snap=` id (server/snapshots' openSnapshot); read-selection stays free
 * of server code, so the page looks ids up and passes the answers in.
 */
export type SnapshotRead = { status: 'ok'; scenario: Scenario } | { status: 'not-found' } | { status: 'unavailable' }

/** `snap=` ids looked up per request: four plans are compared, so more is not a comparison. */
export const MAX_SNAPSHOTS_READ = 8

/**
 * A plan link in the page's state is either an encoded scenario (`s=`) or a snapshot id written
 * `snap:<id>` (`snap=`): one list keeps the picker's chips and links working for both.
 */
const SNAPSHOT_LINK = 'snap:'

export function snapshotLink(id: string): string {
  return `${SNAPSHOT_LINK}${id}`
}

export function isSnapshotLink(link: string): boolean {
  return link.startsWith(SNAPSHOT_LINK)
}

/** The snapshot id of a plan link, or undefined for an encoded scenario. */
function snapshotIdOf(link: string): string | undefined {
  return link.startsWith(SNAPSHOT_LINK) ? link.slice(SNAPSHOT_LINK.length) : undefined
}

/** The `snap=` ids of a request, as the page should look them up. */
export function snapshotIdsIn(params: SearchParams): string[] {
  return [...new Set(all(params.snap).filter(Boolean))].slice(0, MAX_SNAPSHOTS_READ)
}

function all(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/**
 * Reads `?presets=a,b&s=<encoded>&s=<encoded>&snap=<id>&lang=ko&diff=first` into the plans to
 * compare; `snapshots` holds what the page read for each `snap=` id (snapshotIdsIn).
 * Never throws: an unknown preset, an unreadable link or a missing snapshot becomes a notice, and the rest is compared.
 * Example: { presets: 'swiftlogix-seoul-plan1,nope' } → one item, notices [unknown-preset nope, too-few].
 */
export function readSelection(params: SearchParams, fallbackLocale: Locale = 'en', snapshots: ReadonlyMap<string, SnapshotRead> = new Map()): Selection {
  const lang = LocaleSchema.safeParse(all(params.lang)[0])
  const locale = lang.success ? lang.data : fallbackLocale
  const diffMode: DiffMode = all(params.diff)[0] === 'first' ? 'first' : 'consecutive'
  const presetIds = [...all(params.presets), ...all(params.preset)].flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
  const links = [...all(params.s).filter(Boolean), ...snapshotIdsIn(params).map(snapshotLink)]
  const defaulted = presetIds.length === 0 && links.length === 0
  const notices: Notice[] = []
  const items: SelectedItem[] = []
  const seen = new Set<string>()
  for (const id of defaulted ? [...DEFAULT_PRESET_IDS] : presetIds) {
    const preset = findPreset(id)
    if (!preset) notices.push({ kind: 'unknown-preset', id })
    else if (seen.has(`preset:${id}`)) notices.push({ kind: 'duplicate', name: presetTitle(locale, preset) })
    else {
      seen.add(`preset:${id}`)
      items.push({ id, name: presetTitle(locale, preset), scenario: preset.scenario, source: { kind: 'preset', presetId: id } })
    }
  }
  links.forEach((param, i) => {
    const position = i + 1
    const snapshotId = snapshotIdOf(param)
    const snapshot = snapshotId === undefined ? undefined : (snapshots.get(snapshotId) ?? { status: 'not-found' })
    if (snapshot && snapshot.status !== 'ok') {
      notices.push({ kind: 'missing-snapshot', position, unavailable: snapshot.status === 'unavailable' })
      return
    }
    const decoded: ParseResult<Scenario> = snapshot ? { ok: true, value: snapshot.scenario } : decodeScenarioParam(param)
    if (!decoded.ok) {
      const first = decoded.errors[0]
      // "(link)" is the decoder's own word for "the whole parameter": no path to name.
      const message = !first ? null : first.reason ? sayModel(locale, first.reason) : first.message
      notices.push({ kind: 'bad-link', position, path: !first || first.path.startsWith('(') ? null : first.path, message })
    } else if (seen.has(`link:${param}`)) notices.push({ kind: 'duplicate', name: decoded.value.config.name })
    else {
      seen.add(`link:${param}`)
      items.push({ id: `link-${position}`, name: decoded.value.config.name, scenario: decoded.value, source: { kind: 'link', param, position } })
    }
  })
  if (items.length > MAX_COMPARED) notices.push({ kind: 'too-many' })
  if (items.length < MIN_COMPARED) notices.push({ kind: 'too-few' })
  return { locale, diffMode, items: items.slice(0, MAX_COMPARED), notices, defaulted }
}

/** Every preset, for the picker: id, title and the seed it comes from. */
export function listPresetChoices(): { id: string; title: string; seed: string }[] {
  return PRESETS.map((p) => ({ id: p.id, title: p.title, seed: p.seed }))
}

/**
 * The URL of a comparison: `/compare?presets=a,b&s=…&snap=…&lang=ko&diff=first`. The language is
 * always written, so a link keeps it whatever the reader's saved preference. Encoded scenarios come
 * before snapshot ids, in the order readSelection numbers them.
 */
export function compareHref(state: { presetIds: readonly string[]; links: readonly string[]; locale: Locale; diffMode: DiffMode }): string {
  const parts: string[] = []
  if (state.presetIds.length > 0) parts.push(`presets=${state.presetIds.map(encodeURIComponent).join(',')}`)
  for (const link of state.links) if (snapshotIdOf(link) === undefined) parts.push(`s=${encodeURIComponent(link)}`)
  for (const link of state.links) {
    const id = snapshotIdOf(link)
    if (id !== undefined) parts.push(`snap=${encodeURIComponent(id)}`)
  }
  parts.push(`lang=${state.locale}`)
  if (state.diffMode === 'first') parts.push('diff=first')
  return `/compare?${parts.join('&')}`
}

/** The state of the current page, so a link can change one thing and keep the rest. */
export function stateOf(selection: Selection) {
  return {
    presetIds: selection.items.flatMap((i) => (i.source.kind === 'preset' ? [i.source.presetId] : [])),
    links: selection.items.flatMap((i) => (i.source.kind === 'link' ? [i.source.param] : [])),
    locale: selection.locale,
    diffMode: selection.diffMode,
  }
}
