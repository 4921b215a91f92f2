/**
 * Where each resource first appears in the JSON text (its `"address"` in `planned_values` or
 * `values`), for the report. `terraform show -json` prints one line, so the column does the work.
 * Lines are counted once through the text, from one match to the next.
 */
export function resourcePlaces(text: string): Map<string, { line: number; column: number }> {
  const places = new Map<string, { line: number; column: number }>()
  let line = 1
  let lineStart = 0
  let scanned = 0
  for (const match of text.matchAll(/"address"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
    for (; scanned < match.index; scanned++) {
      if (text.charCodeAt(scanned) === 10) {
        line++
        lineStart = scanned + 1
      }
    }
    const address = parseString(match[1]!)
    if (address !== undefined && !places.has(address)) places.set(address, { line, column: match.index - lineStart + 1 })
  }
  return places
}

function parseString(json: string): string | undefined {
  try {
    const value: unknown = JSON.parse(json)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}
