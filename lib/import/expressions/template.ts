import type { Expr, TemplatePart } from './ast'
import type { Token } from './tokenizer'

/** What the template grammar needs from the expression parser (kept apart to avoid an import cycle). */
export interface ExpressionReader {
  readonly src: string
  expressionAt(pos: number): { expr: Expr; end: number }
  token(pos: number): Token
  enter(at: number): void
  leave(): void
  fail(detail: string, at: number): never
}

/**
 * `quoted`: a "…" string inside an expression (backslash escapes, ends at the closing quote);
 * `region`: a Terraform-JSON string or a heredoc's body, from `start` to `end`, no backslash escapes.
 */
export type TemplateMode = { kind: 'quoted' } | { kind: 'region'; end: number }

type EndKeyword = 'else' | 'endif' | 'endfor'

type State = { pos: number; stripNextText: boolean }

/**
 * Parses template text: literal text, `${ expr }` interpolations and `%{ if }`/`%{ for }`
 * directives, with `$${`/`%%{` escapes and `~` strip markers (HCL native syntax spec, "Templates").
 * Returns the parts and the position after the template (after the closing quote when quoted).
 */
export function parseTemplate(reader: ExpressionReader, start: number, mode: TemplateMode): { parts: TemplatePart[]; end: number } {
  const state: State = { pos: start, stripNextText: false }
  const { parts, stoppedBy, at } = parseSequence(reader, state, mode)
  if (stoppedBy) reader.fail(`unexpected %{ ${stoppedBy} } without a matching opening directive`, at)
  if (mode.kind === 'quoted') state.pos++ // the closing quote
  return { parts, end: state.pos }
}

function parseSequence(reader: ExpressionReader, state: State, mode: TemplateMode): { parts: TemplatePart[]; stoppedBy?: EndKeyword; at: number } {
  const { src } = reader
  const parts: TemplatePart[] = []
  let text = ''
  const flushText = () => {
    if (state.stripNextText) {
      text = text.replace(/^\s+/, '')
      if (text !== '') state.stripNextText = false
    }
    // Terraform keeps every string in Unicode normal form C ("e\u0301" reads as "é").
    if (text !== '') parts.push({ kind: 'text', text: text.normalize('NFC') })
    text = ''
  }
  const stripPrecedingText = () => {
    flushText()
    const last = parts[parts.length - 1]
    if (last?.kind === 'text') {
      last.text = last.text.replace(/\s+$/, '')
      if (last.text === '') parts.pop()
    }
  }
  const end = mode.kind === 'region' ? mode.end : src.length
  for (;;) {
    const pos = state.pos
    if (pos >= end) {
      if (mode.kind === 'quoted') reader.fail('unterminated string: a closing " is missing', pos)
      flushText()
      return { parts, at: pos }
    }
    const c = src[pos] as string
    if (mode.kind === 'quoted' && c === '"') {
      flushText()
      return { parts, at: pos }
    }
    if (mode.kind === 'quoted' && c === '\n') reader.fail('a quoted string cannot span lines (use a heredoc)', pos)
    if (mode.kind === 'quoted' && c === '\\') {
      const { value, length } = readEscape(reader, pos)
      text += value
      state.pos += length
      continue
    }
    if ((c === '$' || c === '%') && src[pos + 1] === c && src[pos + 2] === '{') {
      text += `${c}{`
      state.pos += 3
      continue
    }
    if ((c === '$' || c === '%') && src[pos + 1] === '{') {
      let inner = pos + 2
      if (src[inner] === '~') {
        stripPrecedingText()
        inner++
      } else {
        flushText()
      }
      reader.enter(pos)
      if (c === '$') {
        const { expr, end: exprEnd } = reader.expressionAt(inner)
        state.pos = closeBrace(reader, state, exprEnd)
        parts.push({ kind: 'interpolation', expr })
        reader.leave()
        continue
      }
      const keyword = reader.token(inner)
      if (keyword.text === 'else' || keyword.text === 'endif' || keyword.text === 'endfor') {
        state.pos = closeBrace(reader, state, keyword.end)
        reader.leave()
        return { parts, stoppedBy: keyword.text, at: pos }
      }
      if (keyword.text === 'if') parts.push(parseIf(reader, state, mode, keyword.end, pos))
      else if (keyword.text === 'for') parts.push(parseFor(reader, state, mode, keyword.end, pos))
      else reader.fail(`unknown template directive "${keyword.text}" (expected if, else, endif, for or endfor)`, keyword.start)
      reader.leave()
      continue
    }
    text += c
    state.pos++
  }
}

function parseIf(reader: ExpressionReader, state: State, mode: TemplateMode, from: number, at: number): TemplatePart {
  const { expr: condition, end } = reader.expressionAt(from)
  state.pos = closeBrace(reader, state, end)
  const first = parseSequence(reader, state, mode)
  let elseParts: TemplatePart[] = []
  let stop = first
  if (first.stoppedBy === 'else') {
    stop = parseSequence(reader, state, mode)
    elseParts = stop.parts
  }
  if (stop.stoppedBy !== 'endif') reader.fail('%{ if } is missing its %{ endif }', at)
  return { kind: 'if', condition, then: first.parts, else: elseParts, at }
}

function parseFor(reader: ExpressionReader, state: State, mode: TemplateMode, from: number, at: number): TemplatePart {
  const first = reader.token(from)
  if (first.type !== 'ident') reader.fail('expected a name after %{ for', first.start)
  let next = reader.token(first.end)
  let keyVar: string | undefined
  let valueVar = first.text
  if (next.text === ',') {
    const second = reader.token(next.end)
    if (second.type !== 'ident') reader.fail('expected a second name after ","', second.start)
    keyVar = first.text
    valueVar = second.text
    next = reader.token(second.end)
  }
  if (next.text !== 'in') reader.fail('expected "in" in %{ for }', next.start)
  const { expr: collection, end } = reader.expressionAt(next.end)
  state.pos = closeBrace(reader, state, end)
  const body = parseSequence(reader, state, mode)
  if (body.stoppedBy !== 'endfor') reader.fail('%{ for } is missing its %{ endfor }', at)
  return { kind: 'for', keyVar, valueVar, collection, body: body.parts, at }
}

/** Reads `}` or `~}` after an interpolation or directive; returns the position after it. */
function closeBrace(reader: ExpressionReader, state: State, from: number): number {
  let token = reader.token(from)
  let strip = false
  if (token.text === '~') {
    strip = true
    token = reader.token(token.end)
  }
  if (token.text !== '}') reader.fail(`expected "}" to close the template sequence, found ${token.text ? `"${token.text}"` : 'the end'}`, token.start)
  state.stripNextText = strip
  return token.end
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' }

function readEscape(reader: ExpressionReader, pos: number): { value: string; length: number } {
  const c = reader.src[pos + 1] ?? ''
  const simple = SIMPLE_ESCAPES[c]
  if (simple !== undefined) return { value: simple, length: 2 }
  const digits = c === 'u' ? 4 : c === 'U' ? 8 : 0
  const hex = reader.src.slice(pos + 2, pos + 2 + digits)
  if (digits > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits) {
    const code = parseInt(hex, 16)
    if (code <= 0x10ffff) return { value: String.fromCodePoint(code), length: 2 + digits }
  }
  return reader.fail(`invalid escape sequence "\\${c}"`, pos)
}
