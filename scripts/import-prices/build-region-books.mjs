import { extendedKeyOf } from './extended-keys.mjs'

/**
 * One price book per region from the extended catalog's rows (catalog.json and components.json):
 * every price under its catalog key with its source, date and basis ("derived" where the row says
 * it was computed, e.g. Multi-AZ = 2 × Single-AZ or EC2 monthly ÷ 730.5). Nothing is dropped
 * silently: rows without a key and keys given two different prices come back in the report.
 *
 * rows: [{ service, region, key, unit, usd, source, asOf, engine?, deployment?, derived?, note? }]
 * sources: { name: { repo, path, commit, asOfHow, … } } from both files, to title each source.
 */
export function buildRegionBooks({ rows, sources, compiled }) {
  const books = {}
  const unmapped = []
  const conflicts = []
  const sourceTitles = titleSources(sources)
  for (const row of rows) {
    const key = extendedKeyOf(row)
    if (!key) {
      unmapped.push(`${row.region} ${row.service} ${row.key}${row.engine ? ` ${row.engine}` : ''}`)
      continue
    }
    const book = (books[row.region] ??= { region: row.region, compiled, sources: [], prices: {} })
    const entry = {
      usd: row.usd,
      unit: row.unit,
      source: sourceId(book, row, sourceTitles),
      asOf: String(row.asOf).slice(0, 10),
      basis: row.derived ? 'derived' : 'published',
      note: row.note ?? null,
    }
    const existing = book.prices[key]
    if (existing && existing.usd !== entry.usd) {
      conflicts.push({ region: row.region, key, usd: [existing.usd, entry.usd] })
      // Keep the newer: a later publication supersedes an older one.
      if (entry.asOf > existing.asOf) book.prices[key] = entry
      continue
    }
    book.prices[key] ??= entry
  }
  for (const book of Object.values(books)) book.prices = Object.fromEntries(Object.entries(book.prices).sort(([a], [b]) => a.localeCompare(b)))
  return { books, report: { rows: rows.length, unmapped, conflicts } }
}

/** "owner/repo:path@commit" → a title naming the publisher's file, from the files' own source notes. */
function titleSources(sources) {
  const titles = new Map()
  for (const s of Object.values(sources)) {
    const feed = s.awsFeed ? ` (AWS feed ${s.awsFeed})` : ''
    titles.set(`${s.repo}:${s.path ?? s.dir}`, `${s.repo}: ${s.path ?? s.dir}${feed}`)
  }
  return titles
}

function sourceId(book, row, titles) {
  const location = String(row.source)
  let found = book.sources.find((s) => s.location === location)
  if (!found) {
    const [repoPath] = location.split('@')
    const title = titles.get(repoPath) ?? [...titles.entries()].find(([prefix]) => repoPath.startsWith(prefix))?.[1] ?? repoPath
    found = { id: book.sources.length, title, location, asOf: String(row.asOf).slice(0, 10), trust: null }
    book.sources.push(found)
  }
  return found.id
}
