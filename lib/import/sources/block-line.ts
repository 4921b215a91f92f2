const HCL_HEADER = /^[ \t]*(resource|data|variable|output|module|provider|locals)((?:[ \t]+(?:"[^"\n]*"|[A-Za-z_][\w-]*))*)[ \t]*\{/gm
const HCL_LABEL = /"([^"\n]*)"|([A-Za-z_][\w-]*)/g
const HCL_MEMBER = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=/gm

/**
 * Where each top-level block of one file starts, for the report: `resource "aws_subnet" "app" {`
 * in HCL (labels may be bare identifiers), or the last label's key in a `.tf.json` file. Every
 * lookup costs time in proportion to the block, not the file, so a 2 MB file of blocks stays fast.
 * Undefined when the text does not show a block plainly (an unusual layout).
 */
export class BlockLocator {
  /** HCL: header → the offsets of its blocks, in the order written; every header start, sorted. */
  private readonly headers = new Map<string, number[]>()
  private readonly starts: number[] = []
  private readonly seen = new Map<string, number>()
  /** JSON: where the last search for a key under a prefix of labels ended, so searches move forward. */
  private readonly cursors = new Map<string, number>()
  /** Offsets where each line starts, found on the first question about a line. */
  private lineStarts: number[] | undefined

  constructor(
    private readonly text: string,
    private readonly syntax: 'hcl' | 'json',
  ) {
    if (syntax !== 'hcl') return
    for (const match of text.matchAll(HCL_HEADER)) {
      const labels = [...(match[2] ?? '').matchAll(HCL_LABEL)].map((label) => label[1] ?? label[2] ?? '')
      const key = headerKey(match[1] as string, labels)
      const offset = match.index + match[0].indexOf(match[1] as string)
      const offsets = this.headers.get(key) ?? []
      offsets.push(offset)
      this.headers.set(key, offsets)
      this.starts.push(offset)
    }
  }

  /** The next block with this header (the second `provider "aws"` gets the second one's offset). */
  blockStart(keyword: string, labels: string[]): number | undefined {
    if (this.syntax === 'json') return this.jsonBlockStart(keyword, labels)
    const key = headerKey(keyword, labels)
    const occurrence = this.seen.get(key) ?? 0
    this.seen.set(key, occurrence + 1)
    return this.headers.get(key)?.[occurrence]
  }

  /** Where each `name = …` of the block starting at `start` is written (HCL; JSON gives none). */
  memberStarts(start: number): Map<string, number> {
    const members = new Map<string, number>()
    if (this.syntax !== 'hcl') return members
    const end = this.starts[countAtOrBefore(this.starts, start)] ?? this.text.length
    const pattern = new RegExp(HCL_MEMBER)
    pattern.lastIndex = start
    for (let match = pattern.exec(this.text); match && match.index < end; match = pattern.exec(this.text)) {
      const name = match[1] as string
      if (!members.has(name)) members.set(name, match.index + match[0].indexOf(name))
    }
    return members
  }

  line(offset: number | undefined): number | undefined {
    if (offset === undefined) return undefined
    if (!this.lineStarts) {
      this.lineStarts = [0]
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1)
    }
    return countAtOrBefore(this.lineStarts, offset)
  }

  private jsonBlockStart(keyword: string, labels: string[]): number | undefined {
    let from = this.jsonKeyAfter([], keyword, 0)
    for (let i = 0; i < labels.length && from >= 0; i++) from = this.jsonKeyAfter([keyword, ...labels.slice(0, i)], labels[i] as string, from + 1)
    return from < 0 ? undefined : from
  }

  /** The first `"key":` after `from` and after the last one found under the same labels. */
  private jsonKeyAfter(prefix: string[], key: string, from: number): number {
    const cursor = JSON.stringify(prefix)
    const pattern = new RegExp(`${escapeRegExp(JSON.stringify(key))}\\s*:`, 'g')
    pattern.lastIndex = Math.max(from, this.cursors.get(cursor) ?? 0)
    const at = pattern.exec(this.text)?.index ?? -1
    if (at >= 0 && prefix.length > 0) this.cursors.set(cursor, at)
    return at
  }
}

/** How many of the sorted `offsets` are at or before `offset` (a binary search). */
function countAtOrBefore(offsets: number[], offset: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((offsets[middle] as number) <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function headerKey(keyword: string, labels: string[]): string {
  return JSON.stringify([keyword, ...labels])
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
