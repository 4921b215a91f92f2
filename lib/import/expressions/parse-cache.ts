import type { Expr, TemplatePart } from './ast'
import { parseExpression, parseTemplateText } from './parser'

/**
 * Parsed forms of recently seen text. An import evaluates one attribute's text once per count or
 * for_each instance and per module call; parsing it once is most of the work saved. ASTs are never
 * changed after parsing, so sharing them is safe. Long texts are not kept, so the cache stays small.
 */
const MAX_ENTRIES = 1_000
const MAX_CACHED_CHARS = 2_000

const templates = new Map<string, TemplatePart[]>()
const expressions = new Map<string, Expr>()

function remember<T>(cache: Map<string, T>, text: string, parse: (text: string) => T): T {
  const hit = cache.get(text)
  if (hit !== undefined) return hit
  const parsed = parse(text)
  if (text.length <= MAX_CACHED_CHARS) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
    cache.set(text, parsed)
  }
  return parsed
}

export function cachedTemplate(text: string): TemplatePart[] {
  return remember(templates, text, parseTemplateText)
}

export function cachedExpression(source: string): Expr {
  return remember(expressions, source, parseExpression)
}
