import { lineAndColumn } from './syntax-error'

/**
 * The line a top-level block starts on, for the report: `resource "aws_subnet" "app" {` in HCL
 * (labels may be bare identifiers), or the last label's key in a `.tf.json` file. Undefined when
 * the text does not show it plainly (a block built by an unusual layout).
 */
export function findBlockLine(text: string, syntax: 'hcl' | 'json', keyword: string, labels: string[]): number | undefined {
  if (syntax === 'hcl') {
    const header = [keyword, ...labels.map((label) => `"?${escapeRegExp(label)}"?`)].join('[ \\t]+')
    const match = new RegExp(`^[ \\t]*${header}[ \\t]*\\{`, 'm').exec(text)
    return match ? lineAndColumn(text, match.index + match[0].length - match[0].trimStart().length).line : undefined
  }
  let from = text.indexOf(`"${keyword}"`)
  if (from < 0) return undefined
  for (const label of labels) {
    from = text.indexOf(JSON.stringify(label), from + 1)
    if (from < 0) return undefined
  }
  return lineAndColumn(text, from).line
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
