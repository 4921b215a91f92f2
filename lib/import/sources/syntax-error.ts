import type { ImportError } from '../types'

/**
 * hcl2json reports every diagnostic of a file in one message:
 * `parse config: [main.tf:8,37-9,1: Summary; Detail main.tf:9,3-4: Summary; Detail]`.
 * Each becomes one syntax error with its file, line and column (of the diagnostic's start).
 */
export function hclSyntaxErrors(file: string, message: string): ImportError[] {
  const inner = message.replace(/^[^[]*\[/, '').replace(/\]\s*$/, '')
  const start = new RegExp(`(?:^|\\s)${escapeRegExp(file)}:(\\d+),(\\d+)(?:-(?:\\d+,)?\\d+)?: `, 'g')
  const starts = [...inner.matchAll(start)]
  if (starts.length === 0) return [{ code: 'import.syntax-error', params: { detail: inner.trim() || message }, where: { file } }]
  return starts.map((match, i) => {
    const textEnd = i + 1 < starts.length ? starts[i + 1]!.index : inner.length
    const detail = inner.slice(match.index + match[0].length, textEnd).trim()
    return { code: 'import.syntax-error', params: { detail }, where: { file, line: Number(match[1]), column: Number(match[2]) } }
  })
}

/**
 * JSON.parse says `… in JSON at position 42` (or nothing, at the end of the input); the position
 * becomes a line and column the way an editor counts them (from 1).
 */
export function jsonSyntaxError(file: string, text: string, message: string): ImportError {
  const position = /at position (\d+)/.exec(message)
  const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined
  const detail = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/,\s*".*" is not valid JSON$/s, '')
  if (offset === undefined) return { code: 'import.syntax-error', params: { detail }, where: { file } }
  return { code: 'import.syntax-error', params: { detail }, where: { file, ...lineAndColumn(text, offset) } }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
