import { lineAndColumn } from './syntax-error'

/**
 * Where a top-level block starts, for the report: the `occurrence`-th `resource "aws_subnet" "app" {`
 * in HCL (labels may be bare identifiers), or the last label's key in a `.tf.json` file. Undefined
 * when the text does not show it plainly (a block built by an unusual layout).
 */
export function findBlockStart(text: string, syntax: 'hcl' | 'json', keyword: string, labels: string[], occurrence = 0): number | undefined {
  if (syntax === 'hcl') {
    const header = [keyword, ...labels.map((label) => `"?${escapeRegExp(label)}"?`)].join('[ \\t]+')
    const matches = [...text.matchAll(new RegExp(`^[ \\t]*(${header})[ \\t]*\\{`, 'gm'))]
    const match = matches[occurrence]
    return match ? match.index + match[0].indexOf(match[1] as string) : undefined
  }
  let from = jsonKeyAt(text, keyword, 0)
  for (const label of labels) {
    if (from < 0) return undefined
    from = jsonKeyAt(text, label, from + 1)
  }
  return from < 0 ? undefined : from
}

/** Where `name = …` (or `"name": …`) is written inside a block that starts at `blockStart`. */
export function findMemberStart(text: string, syntax: 'hcl' | 'json', name: string, blockStart: number): number | undefined {
  if (syntax === 'json') {
    const at = jsonKeyAt(text, name, blockStart + 1)
    return at < 0 ? undefined : at
  }
  const pattern = new RegExp(`^[ \\t]*${escapeRegExp(name)}[ \\t]*=`, 'gm')
  pattern.lastIndex = blockStart
  const match = pattern.exec(text)
  return match ? match.index + match[0].length - match[0].trimStart().length : undefined
}

export function lineAt(text: string, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : lineAndColumn(text, offset).line
}

function jsonKeyAt(text: string, key: string, from: number): number {
  const pattern = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`, 'g')
  pattern.lastIndex = from
  return pattern.exec(text)?.index ?? -1
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
