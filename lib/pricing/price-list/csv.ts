/**
 * RFC 4180 CSV, as AWS writes its Price List offer files: every field quoted, `""` for a quote
 * inside a field, CRLF or LF between records, and newlines allowed inside quoted fields.
 * parseCsv('"a","b ""c"""\n"1","2"') → [['a', 'b "c"'], ['1', '2']].
 * Returns null on a quote left open at the end: a truncated download must not pass as data.
 */
export function parseCsv(text: string): string[][] | null {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (c === '"') quoted = false
      else field += c
      i++
      continue
    }
    if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      if (c === '\r' && text[i + 1] === '\n') i++
    } else field += c
    i++
  }
  if (quoted) return null
  if (field !== '' || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''))
}
