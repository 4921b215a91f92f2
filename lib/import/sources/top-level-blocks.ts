import type { SourcePlace } from '../types'
import { BlockLocator } from './block-line'
import { isObject, type RawBody } from './parse-file'

/** One top-level block of a file: its type, labels (its header) and body. */
export type TopLevelBlock = {
  keyword: 'variable' | 'locals' | 'resource' | 'data' | 'module' | 'provider' | 'output'
  labels: string[]
  body: RawBody
  where: SourcePlace
  /** Where each named value of a `locals` block is written. */
  members?: Record<string, SourcePlace>
}

const LABELS = { variable: 1, locals: 0, resource: 2, data: 2, module: 1, provider: 1, output: 1 } as const

/**
 * The blocks of one file in Terraform's JSON shape. Both shapes Terraform's JSON syntax allows are
 * read: a block's body as an object or as an array of objects, and a block type's content as an
 * object or an array of objects (Terraform docs, "JSON Configuration Syntax"). `terraform`,
 * `moved`, `import`, `check` and `removed` blocks say nothing about what runs and are left out.
 */
export function topLevelBlocks(file: string, text: string, syntax: 'hcl' | 'json', body: RawBody): TopLevelBlock[] {
  const blocks: TopLevelBlock[] = []
  const locator = new BlockLocator(text, syntax)
  const place = (offset: number | undefined): SourcePlace => {
    const line = locator.line(offset)
    return line === undefined ? { file } : { file, line }
  }
  for (const [keyword, labelCount] of Object.entries(LABELS) as [TopLevelBlock['keyword'], number][]) {
    for (const content of objectsOf(body[keyword])) {
      for (const [labels, blockBody] of labelled(content, labelCount)) {
        const start = locator.blockStart(keyword, labels)
        const block: TopLevelBlock = { keyword, labels, body: withoutComments(blockBody), where: place(start) }
        if (keyword === 'locals' && start !== undefined) {
          const members = locator.memberStarts(start)
          block.members = Object.fromEntries(Object.keys(block.body).map((name) => [name, members.has(name) ? place(members.get(name)) : place(start)]))
        }
        blocks.push(block)
      }
    }
  }
  return blocks.sort((a, b) => (a.where.line ?? 0) - (b.where.line ?? 0))
}

/** `{ aws_vpc: { main: {…} } }` with two labels → [[['aws_vpc', 'main'], {…}]] */
function labelled(content: RawBody, labelCount: number): [string[], RawBody][] {
  if (labelCount === 0) return [[[], content]]
  const out: [string[], RawBody][] = []
  for (const [label, inner] of Object.entries(content)) {
    for (const innerContent of objectsOf(inner)) {
      for (const [rest, body] of labelled(innerContent, labelCount - 1)) out.push([[label, ...rest], body])
    }
  }
  return out
}

export function objectsOf(value: unknown): RawBody[] {
  if (Array.isArray(value)) return value.filter(isObject)
  return isObject(value) ? [value] : []
}

/** Terraform's JSON syntax reads a `"//"` property as a comment. */
function withoutComments(body: RawBody): RawBody {
  if (!('//' in body)) return body
  const { '//': _comment, ...rest } = body
  return rest
}
