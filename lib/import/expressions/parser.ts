import type { BinaryOp, Expr, ForExpr, ObjectItem, TemplatePart } from './ast'
import { ExpressionSyntaxError } from './errors'
import { MAX_EXPRESSION_CHARS, MAX_NESTING_DEPTH } from './limits'
import { parseTemplate, type ExpressionReader } from './template'
import { heredocMarker, readToken, type Token } from './tokenizer'

/** One bare expression (`var.x + 1`), the whole of `src`. */
export function parseExpression(src: string): Expr {
  const parser = new Parser(src)
  const expr = parser.expression()
  const rest = parser.peek()
  if (rest.type !== 'eof') parser.fail(`unexpected "${rest.text}" after the expression`, rest.start)
  return expr
}

/** A Terraform-JSON string: literal text with `${ … }` and `%{ … }` sequences. */
export function parseTemplateText(src: string): TemplatePart[] {
  return parseTemplate(new Parser(src), 0, { kind: 'region', end: src.length }).parts
}

/** Operators by precedence, loosest first (HCL native syntax spec, "Operations"). */
const BINARY_LEVELS: BinaryOp[][] = [['||'], ['&&'], ['==', '!='], ['>', '>=', '<', '<='], ['+', '-'], ['*', '/', '%']]

class Parser implements ExpressionReader {
  private pos = 0
  private depth: number
  /** Inside an object constructor, a newline ends an attribute's value. */
  private newlineEnds = false

  constructor(
    readonly src: string,
    private readonly shared: { original: string; base: number; depth: number } = { original: src, base: 0, depth: 0 },
  ) {
    if (src.length > MAX_EXPRESSION_CHARS) this.fail(`the expression is longer than ${MAX_EXPRESSION_CHARS} characters`, 0, true)
    this.depth = shared.depth
  }

  fail(detail: string, at: number, tooLarge = false): never {
    throw new ExpressionSyntaxError(detail, this.shared.original, this.shared.base + at, tooLarge)
  }

  enter(at: number): void {
    if (++this.depth > MAX_NESTING_DEPTH) this.fail(`the expression nests deeper than ${MAX_NESTING_DEPTH} levels`, at, true)
  }

  leave(): void {
    this.depth--
  }

  /** The parser asks for the token at one position many times (once per precedence level): read it once. */
  private readonly tokens = new Map<number, Token>()

  token(pos: number): Token {
    let t = this.tokens.get(pos)
    if (!t) {
      t = readToken(this.src, pos)
      this.tokens.set(pos, t)
    }
    return t
  }

  expressionAt(pos: number): { expr: Expr; end: number } {
    const saved = { pos: this.pos, newlineEnds: this.newlineEnds }
    this.pos = pos
    this.newlineEnds = false
    const expr = this.expression()
    const end = this.pos
    this.pos = saved.pos
    this.newlineEnds = saved.newlineEnds
    return { expr, end }
  }

  peek(): Token {
    return this.token(this.pos)
  }

  /** The next token when it continues the current expression (not cut off by a significant newline). */
  private peekContinuing(): Token | undefined {
    const t = this.peek()
    return this.newlineEnds && t.newlineBefore ? undefined : t
  }

  private next(): Token {
    const t = this.peek()
    this.pos = t.end
    return t
  }

  private expect(text: string, what: string): Token {
    const t = this.next()
    if (t.text !== text || t.type === 'quote') this.fail(`expected "${text}" ${what}, found ${describeToken(t)}`, t.start)
    return t
  }

  /** Runs `read` with newlines insignificant (inside brackets) or significant (object items). */
  private withNewlines<T>(significant: boolean, read: () => T): T {
    const saved = this.newlineEnds
    this.newlineEnds = significant
    try {
      return read()
    } finally {
      this.newlineEnds = saved
    }
  }

  expression(): Expr {
    const start = this.peek().start
    this.enter(start)
    const condition = this.binary(0)
    let result = condition
    if (this.peekContinuing()?.text === '?') {
      this.next()
      const whenTrue = this.expression()
      this.expect(':', 'between the branches of a conditional')
      const whenFalse = this.expression()
      result = { kind: 'conditional', condition, whenTrue, whenFalse, at: condition.at }
    }
    this.leave()
    return result
  }

  private binary(level: number): Expr {
    const ops = BINARY_LEVELS[level]
    if (!ops) return this.unary()
    let left = this.binary(level + 1)
    let chained = 0
    for (;;) {
      const t = this.peekContinuing()
      if (!t || t.type !== 'punct' || !ops.includes(t.text as BinaryOp)) break
      this.next()
      this.enter(t.start)
      chained++
      const right = this.binary(level + 1)
      left = { kind: 'binary', op: t.text as BinaryOp, left, right, at: t.start }
    }
    this.depth -= chained
    return left
  }

  private unary(): Expr {
    const t = this.peek()
    if (t.type === 'punct' && (t.text === '!' || t.text === '-')) {
      this.next()
      this.enter(t.start)
      const operand = this.unary()
      this.leave()
      if (t.text === '-' && operand.kind === 'literal' && typeof operand.value === 'number') return { ...operand, value: -operand.value, at: t.start }
      return { kind: 'unary', op: t.text, operand, at: t.start }
    }
    return this.postfix(this.primary())
  }

  /** Attribute access, index and splat after a value: `a.b[0].*.c`. */
  private postfix(base: Expr, attributesOnly = false): Expr {
    let target = base
    let chained = 0
    for (;;) {
      const t = this.peekContinuing()
      if (!t || t.type !== 'punct') break
      if (t.text === '.') {
        const after = this.token(t.end)
        if (after.text === '*' && after.type === 'punct') {
          if (attributesOnly) break
          this.pos = after.end
          target = { kind: 'splat', source: target, each: this.postfix({ kind: 'splat-item', at: t.start }, true), at: t.start }
        } else {
          this.pos = t.end
          target = this.attribute(target, after)
        }
      } else if (t.text === '[' && !attributesOnly) {
        this.next()
        const star = this.peek()
        if (star.text === '*' && star.type === 'punct' && this.token(star.end).text === ']') {
          this.pos = this.token(star.end).end
          return { kind: 'splat', source: target, each: this.postfix({ kind: 'splat-item', at: t.start }), at: t.start }
        }
        const key = this.withNewlines(false, () => this.expression())
        this.expect(']', 'to close the index')
        target = { kind: 'index', target, key, at: t.start }
      } else {
        break
      }
      this.enter(t.start)
      chained++
    }
    this.depth -= chained
    return target
  }

  /** `.name`, or the legacy index `.0` (`.0.1` reads as two indexes). */
  private attribute(target: Expr, name: Token): Expr {
    this.next()
    if (name.type === 'ident') return { kind: 'get-attr', target, name: name.text, at: name.start }
    if (name.type === 'number' && /^\d+(\.\d+)?$/.test(name.text)) {
      let result = target
      for (const digits of name.text.split('.')) result = { kind: 'index', target: result, key: { kind: 'literal', value: Number(digits), at: name.start }, at: name.start }
      return result
    }
    return this.fail(`expected an attribute name after ".", found ${describeToken(name)}`, name.start)
  }

  private primary(): Expr {
    const t = this.next()
    switch (t.type) {
      case 'number':
        return { kind: 'literal', value: Number(t.text), at: t.start }
      case 'quote':
        return this.quoted(t)
      case 'heredoc':
        return this.heredoc(t)
      case 'ident':
        return this.identifier(t)
      case 'punct':
        if (t.text === '(') {
          const inner = this.withNewlines(false, () => this.expression())
          this.expect(')', 'to close the parenthesis')
          return inner
        }
        if (t.text === '[') return this.withNewlines(false, () => (this.startsFor() ? this.forExpr(t, false) : this.tuple(t)))
        if (t.text === '{') return this.withNewlines(false, () => (this.startsFor() ? this.forExpr(t, true) : this.object(t)))
    }
    return this.fail(`expected an expression, found ${describeToken(t)}`, t.start)
  }

  private identifier(t: Token): Expr {
    if (t.text === 'true' || t.text === 'false') return { kind: 'literal', value: t.text === 'true', at: t.start }
    if (t.text === 'null') return { kind: 'literal', value: null, at: t.start }
    let name = t.text
    // Provider-defined functions: provider::aws::arn_parse(…)
    while (this.src.startsWith('::', this.pos)) {
      const part = this.token(this.pos + 2)
      if (part.type !== 'ident') this.fail('expected a name after "::"', part.start)
      name += `::${part.text}`
      this.pos = part.end
    }
    const open = this.peekContinuing()
    if (open?.text === '(' && open.type === 'punct') {
      this.next()
      return this.withNewlines(false, () => this.call(name, t.start))
    }
    if (name.includes('::')) this.fail(`expected "(" after the function name ${name}`, this.pos)
    return { kind: 'variable', name, at: t.start }
  }

  private call(name: string, at: number): Expr {
    const args: Expr[] = []
    let expandLast = false
    while (this.peek().text !== ')' || this.peek().type !== 'punct') {
      args.push(this.expression())
      const sep = this.next()
      if (sep.text === '...' && sep.type === 'punct') {
        expandLast = true
        this.expect(')', 'after "..." (only the last argument can be expanded)')
        return { kind: 'call', name, args, expandLast, at }
      }
      if (sep.text === ')' && sep.type === 'punct') return { kind: 'call', name, args, expandLast, at }
      if (sep.text !== ',' || sep.type !== 'punct') this.fail(`expected "," or ")" in the arguments of ${name}, found ${describeToken(sep)}`, sep.start)
    }
    this.next()
    return { kind: 'call', name, args, expandLast, at }
  }

  private tuple(open: Token): Expr {
    const items: Expr[] = []
    while (!this.closes(']')) {
      items.push(this.expression())
      const sep = this.peek()
      if (sep.text === ',' && sep.type === 'punct') this.next()
      else if (!this.closes(']')) this.fail(`expected "," or "]" in the list, found ${describeToken(sep)}`, sep.start)
    }
    this.next()
    return { kind: 'tuple', items, at: open.start }
  }

  private object(open: Token): Expr {
    const items: ObjectItem[] = []
    while (!this.closes('}')) {
      const key = this.objectKey()
      const assign = this.next()
      if ((assign.text !== '=' && assign.text !== ':') || assign.type !== 'punct') this.fail(`expected "=" or ":" after the key, found ${describeToken(assign)}`, assign.start)
      const value = this.withNewlines(true, () => this.expression())
      items.push({ key, value })
      const sep = this.peek()
      if (sep.text === ',' && sep.type === 'punct') this.next()
      else if (!sep.newlineBefore && !this.closes('}')) this.fail(`expected a newline, "," or "}" after the value, found ${describeToken(sep)}`, sep.start)
    }
    this.next()
    return { kind: 'object', items, at: open.start }
  }

  /** A bare name is the key itself (`{ name = … }`); anything else is an expression. */
  private objectKey(): Expr {
    const t = this.peek()
    if (t.type === 'ident') {
      const after = this.token(t.end)
      if ((after.text === '=' || after.text === ':') && after.type === 'punct') {
        this.next()
        return { kind: 'literal', value: t.text, at: t.start }
      }
    }
    return this.expression()
  }

  private closes(bracket: string): boolean {
    const t = this.peek()
    if (t.type === 'eof') this.fail(`expected "${bracket}" before the end of the expression`, t.start)
    return t.type === 'punct' && t.text === bracket
  }

  private startsFor(): boolean {
    const t = this.peek()
    return t.type === 'ident' && t.text === 'for' && this.token(t.end).type === 'ident'
  }

  private forExpr(open: Token, isObject: boolean): ForExpr {
    this.next() // for
    const first = this.next()
    let keyVar: string | undefined
    let valueVar = first.text
    if (this.peek().text === ',') {
      this.next()
      const second = this.next()
      if (second.type !== 'ident') this.fail('expected a name after "," in the for expression', second.start)
      keyVar = first.text
      valueVar = second.text
    }
    const inWord = this.next()
    if (inWord.text !== 'in' || inWord.type !== 'ident') this.fail(`expected "in" in the for expression, found ${describeToken(inWord)}`, inWord.start)
    const collection = this.expression()
    this.expect(':', 'after the collection of the for expression')
    let key: Expr | undefined
    let value = this.expression()
    if (isObject) {
      this.expect('=>', 'between the key and the value of an object for expression')
      key = value
      value = this.expression()
    }
    let group = false
    if (isObject && this.peek().text === '...') {
      this.next()
      group = true
    }
    let condition: Expr | undefined
    if (this.peek().text === 'if' && this.peek().type === 'ident') {
      this.next()
      condition = this.expression()
    }
    this.expect(isObject ? '}' : ']', 'to close the for expression')
    return { kind: 'for', keyVar, valueVar, collection, key, value, condition, group, at: open.start }
  }

  private quoted(open: Token): Expr {
    const { parts, end } = parseTemplate(this, open.end, { kind: 'quoted' })
    this.pos = end
    return templateExpr(parts, open.start)
  }

  /** `<<EOT` … `EOT`; `<<-EOT` strips the indentation its lines share (HCL spec, "Heredoc templates"). */
  private heredoc(open: Token): Expr {
    const { marker, flush } = heredocMarker(open)
    let lineStart = open.end
    for (;;) {
      if (lineStart >= this.src.length) this.fail(`the heredoc is missing its closing ${marker}`, open.start)
      const newline = this.src.indexOf('\n', lineStart)
      const lineEnd = newline < 0 ? this.src.length : newline
      if (this.src.slice(lineStart, lineEnd).trim() === marker) {
        this.pos = lineEnd
        break
      }
      lineStart = lineEnd + 1
    }
    const body = this.src.slice(open.end, lineStart)
    if (!flush) return templateExpr(parseTemplate(this, open.end, { kind: 'region', end: lineStart }).parts, open.start)
    const dedented = dedent(body)
    const inner = new Parser(dedented, { original: this.shared.original, base: this.shared.base + open.end, depth: this.depth })
    return templateExpr(parseTemplate(inner, 0, { kind: 'region', end: dedented.length }).parts, open.start)
  }
}

function templateExpr(parts: TemplatePart[], at: number): Expr {
  if (parts.length === 0) return { kind: 'literal', value: '', at }
  const only = parts[0]
  if (parts.length === 1 && only?.kind === 'text') return { kind: 'literal', value: only.text, at }
  return { kind: 'template', parts, at }
}

function dedent(body: string): string {
  const lines = body.split('\n')
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0)
  const cut = indents.length > 0 ? Math.min(...indents) : 0
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n')
}

function describeToken(t: Token): string {
  if (t.type === 'eof') return 'the end of the expression'
  if (t.type === 'quote') return 'a string'
  return `"${t.text}"`
}
