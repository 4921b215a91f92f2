/** Feeds CSV text in chunks of any size and hands back the records each chunk completes. */
export type CsvReader = {
  push: (chunk: string) => string[][]
  /** The last record; null when the text ends inside a quoted field (a truncated file). */
  end: () => string[][] | null
}

/**
 * RFC 4180 CSV, as AWS writes its Price List offer files: every field quoted, `""` for a quote
 * inside a field, CRLF or LF between records, newlines allowed inside quoted fields. Incremental,
 * so a region's EC2 offer file (gigabytes) is read a chunk at a time, never held whole.
 */
export function createCsvReader(): CsvReader {
  let record: string[] = []
  let field = ''
  let quoted = false
  // A quote seen inside a quoted field: the next character says whether it was `""` or the closing quote.
  let quoteSeen = false
  // A CR ended a record; an LF right after it belongs to the same line break.
  let crSeen = false
  const endRecord = (out: string[][]) => {
    record.push(field)
    if (!(record.length === 1 && record[0] === '')) out.push(record)
    record = []
    field = ''
  }
  return {
    push(chunk) {
      const out: string[][] = []
      for (const c of chunk) {
        if (quoteSeen) {
          quoteSeen = false
          if (c === '"') {
            field += '"'
            continue
          }
          quoted = false
        }
        if (crSeen) {
          crSeen = false
          if (c === '\n') continue
        }
        if (quoted) {
          if (c === '"') quoteSeen = true
          else field += c
        } else if (c === '"') quoted = true
        else if (c === ',') {
          record.push(field)
          field = ''
        } else if (c === '\n' || c === '\r') {
          endRecord(out)
          crSeen = c === '\r'
        } else field += c
      }
      return out
    },
    end() {
      if (quoteSeen) quoted = false
      if (quoted) return null
      const out: string[][] = []
      if (field !== '' || record.length > 0) endRecord(out)
      return out
    },
  }
}

/** A whole CSV text; parseCsv('"a","b ""c"""\n"1","2"') → [['a', 'b "c"'], ['1', '2']]; null when truncated. */
export function parseCsv(text: string): string[][] | null {
  const reader = createCsvReader()
  const records = reader.push(text)
  const last = reader.end()
  return last === null ? null : [...records, ...last]
}
