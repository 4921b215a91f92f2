import { isRef, isUnknown, type TfObject, type TfValue } from '../types'
import type { Expr, ForExpr, TemplatePart } from './ast'
import { ExpressionEvalError, ExpressionLimitError, UnknownSignal } from './errors'
import { callFunction } from './functions'
import { MAX_READ_WORK, MAX_RESULT_ELEMENTS, MAX_STRING_CHARS } from './limits'
import { withSymbols, type Scope } from './scope'
import { evaluateBinary, evaluateUnary } from './operators'
import { unifyBranch } from './unify'
import { getAttribute, getIndex, splatElements } from './traverse'
import { measure, shallowSize, type Measure } from './size'
import { computedFrom, isPending, mergeRefs, refsDeep, setEntry, sortedKeys, toBool, toList, toStr, unknownValue, valuesEqual } from './values'

/** One evaluation: the scope, the source for messages, and the work spent against limits.ts. */
export type EvalContext = {
  scope: Scope
  budget: { elements: number; read: number; sizes: WeakMap<object, Measure>; noted: Set<string> }
  splatItem?: TfValue
}

export function newContext(scope: Scope): EvalContext {
  return { scope, budget: { elements: 0, read: 0, sizes: new WeakMap(), noted: new Set() } }
}

/** Counts `n` elements (or characters / 100) built; past the bound the evaluation stops. */
export function charge(ctx: EvalContext, n: number): void {
  ctx.budget.elements += n
  if (ctx.budget.elements > MAX_RESULT_ELEMENTS) throw new ExpressionLimitError(`the result is larger than ${MAX_RESULT_ELEMENTS} elements`)
}

/**
 * Counts what an operation reads at every depth (a function's arguments, both sides of `==`), so
 * a loop over a function of a large value is stopped rather than left running for minutes.
 */
export function chargeReading(ctx: EvalContext, values: TfValue[]): void {
  for (const v of values) ctx.budget.read += measure(v, ctx.budget.sizes).size
  if (ctx.budget.read > MAX_READ_WORK) throw new ExpressionLimitError(`the expression reads more than ${MAX_READ_WORK} elements`)
}

/**
 * Evaluates one node. An operation that meets a value known only after apply (a TfRef or
 * TfUnknown) gives TfUnknown('computed') listing the refs involved, as `terraform plan` shows
 * "(known after apply)".
 */
export function evaluate(expr: Expr, ctx: EvalContext): TfValue {
  try {
    return evaluateNode(expr, ctx)
  } catch (e) {
    if (e instanceof UnknownSignal) return unknownValue('computed', e.refs)
    // The innermost node that failed says where.
    if (e instanceof ExpressionEvalError && e.offset === undefined) e.offset = expr.at
    throw e
  }
}

function evaluateNode(expr: Expr, ctx: EvalContext): TfValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value
    case 'template':
      return evaluateTemplate(expr.parts, ctx)
    case 'variable': {
      const value = ctx.scope.lookup(expr.name)
      if (value === undefined) throw new ExpressionEvalError(`there is no "${expr.name}" to refer to here`)
      return value
    }
    case 'get-attr':
      return getAttribute(evaluate(expr.target, ctx), expr.name)
    case 'index':
      return getIndex(evaluate(expr.target, ctx), evaluate(expr.key, ctx))
    case 'splat':
      return evaluateSplat(expr.source, expr.each, ctx)
    case 'splat-item':
      if (ctx.splatItem === undefined) throw new ExpressionEvalError('a splat item outside a splat')
      return ctx.splatItem
    case 'tuple':
      charge(ctx, expr.items.length)
      return expr.items.map((item) => evaluate(item, ctx))
    case 'object':
      return evaluateObject(expr.items, ctx)
    case 'call':
      return evaluateCall(expr, ctx)
    case 'unary':
      return evaluateUnary(expr.op, evaluate(expr.operand, ctx))
    case 'binary':
      return evaluateBinary(expr.op, evaluate(expr.left, ctx), () => evaluate(expr.right, ctx), (a, b) => chargeReading(ctx, [a, b]))
    case 'conditional':
      return evaluateConditional(expr.condition, expr.whenTrue, expr.whenFalse, ctx)
    case 'for':
      return evaluateFor(expr, ctx)
  }
}

function evaluateSplat(source: Expr, each: Expr, ctx: EvalContext): TfValue {
  const value = evaluate(source, ctx)
  if (isRef(value) || isUnknown(value)) return computedFrom(value)
  const elements = splatElements(value)
  charge(ctx, elements.length)
  return elements.map((item) => evaluate(each, { ...ctx, splatItem: item }))
}

function evaluateObject(items: { key: Expr; value: Expr }[], ctx: EvalContext): TfValue {
  charge(ctx, items.length)
  const out: TfObject = {}
  const pendingKeys: TfValue[] = []
  for (const item of items) {
    const key = evaluate(item.key, ctx)
    if (isPending(key)) {
      pendingKeys.push(key)
      continue
    }
    if (key === null) throw new ExpressionEvalError('an object key cannot be null')
    setEntry(out, toStr(key, 'an object key'), evaluate(item.value, ctx))
  }
  return pendingKeys.length > 0 ? computedFrom(...pendingKeys) : out
}

function evaluateConditional(condition: Expr, whenTrue: Expr, whenFalse: Expr, ctx: EvalContext): TfValue {
  const test = evaluate(condition, ctx)
  if (!isPending(test)) {
    const [chosen, other] = toBool(test, 'the condition') ? [whenTrue, whenFalse] : [whenFalse, whenTrue]
    const value = evaluate(chosen, ctx)
    // The other branch is read only for its type, quietly: its errors and notes are not the answer's.
    const otherValue = evaluateOrUndefined(other, { ...ctx, scope: { lookup: (root) => ctx.scope.lookup(root) } })
    if (otherValue === undefined) return value
    chargeReading(ctx, [value, otherValue])
    return unifyBranch(value, otherValue)
  }
  // Unknown condition: the answer is known only when both branches agree.
  const a = evaluateOrUndefined(whenTrue, ctx)
  const b = evaluateOrUndefined(whenFalse, ctx)
  if (a !== undefined && b !== undefined) {
    chargeReading(ctx, [a, b])
    try {
      if (valuesEqual(a, b)) return a
    } catch (e) {
      if (!(e instanceof UnknownSignal)) throw e
    }
  }
  return unknownValue('computed', mergeRefs(refsDeep(test), a === undefined ? [] : refsDeep(a), b === undefined ? [] : refsDeep(b)))
}

function evaluateOrUndefined(expr: Expr, ctx: EvalContext): TfValue | undefined {
  try {
    return evaluate(expr, ctx)
  } catch (e) {
    if (e instanceof ExpressionEvalError && !(e instanceof ExpressionLimitError)) return undefined
    throw e
  }
}

/** The (key, value) pairs a `for` walks: a list by position, a map in lexical key order. */
function forPairs(collection: TfValue): [TfValue, TfValue][] {
  if (collection === null) throw new ExpressionEvalError('a for expression cannot iterate over null')
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v])
  if (typeof collection === 'object' && !isPending(collection)) return sortedKeys(collection as TfObject).map((k) => [k, (collection as TfObject)[k] as TfValue])
  throw new ExpressionEvalError(`a for expression can iterate over a list or a map, not a ${typeof collection === 'string' ? 'string' : typeof collection}`)
}

function evaluateFor(expr: ForExpr, ctx: EvalContext): TfValue {
  const collection = evaluate(expr.collection, ctx)
  if (isPending(collection)) return computedFrom(collection)
  const pairs = forPairs(collection)
  charge(ctx, pairs.length)
  const list: TfValue[] = []
  const map: Record<string, TfValue> = {}
  const pending: TfValue[] = []
  for (const [k, v] of pairs) {
    const symbols: Record<string, TfValue> = { [expr.valueVar]: v }
    if (expr.keyVar !== undefined) setEntry(symbols, expr.keyVar, k)
    const inner = { ...ctx, scope: withSymbols(ctx.scope, symbols) }
    if (expr.condition) {
      const keep = evaluate(expr.condition, inner)
      if (isPending(keep)) {
        pending.push(keep)
        continue
      }
      if (!toBool(keep, 'the for expression\'s if condition')) continue
    }
    const value = evaluate(expr.value, inner)
    if (!expr.key) {
      list.push(value)
      continue
    }
    const key = evaluate(expr.key, inner)
    if (isPending(key)) {
      pending.push(key)
      continue
    }
    const name = toStr(key, 'a for expression key')
    const taken = Object.prototype.hasOwnProperty.call(map, name)
    if (expr.group) {
      if (!taken) setEntry(map, name, [])
      ;(map[name] as TfValue[]).push(value)
    } else if (taken) {
      throw new ExpressionEvalError(`two elements have the key ${JSON.stringify(name)} (add "..." after the value to group them)`)
    } else {
      setEntry(map, name, value)
    }
  }
  if (pending.length > 0) return computedFrom(...pending)
  return expr.key ? map : list
}

function evaluateCall(expr: Extract<Expr, { kind: 'call' }>, ctx: EvalContext): TfValue {
  if (expr.name === 'try') return evaluateTry(expr.args, ctx)
  if (expr.name === 'can') return evaluateCan(expr.args, ctx)
  const args = expr.args.map((a) => evaluate(a, ctx))
  if (expr.expandLast) {
    const last = args.pop() as TfValue
    args.push(...toList(last, 'the expanded argument'))
  }
  return callFunction(expr.name, args, {
    charge: (n) => charge(ctx, n),
    read: (values) => chargeReading(ctx, values),
    note: (why) => {
      const key = `${why}:${expr.name}`
      if (ctx.budget.noted.has(key)) return
      ctx.budget.noted.add(key)
      ctx.scope.note?.({ code: 'import.unsupported-function', params: { name: expr.name } })
    },
  })
}

/** `try(a, b, …)`: the first argument that evaluates without an error (Terraform docs, "try Function"). */
function evaluateTry(args: Expr[], ctx: EvalContext): TfValue {
  if (args.length === 0) throw new ExpressionEvalError('try() needs at least one argument')
  let last: ExpressionEvalError | undefined
  for (const arg of args) {
    try {
      return evaluate(arg, ctx)
    } catch (e) {
      if (!(e instanceof ExpressionEvalError) || e instanceof ExpressionLimitError) throw e
      last = e
    }
  }
  throw new ExpressionEvalError(`no argument of try() could be evaluated: ${last?.params.detail ?? ''}`)
}

/** `can(expr)`: whether it evaluates without an error; unknown while its value is unknown. */
function evaluateCan(args: Expr[], ctx: EvalContext): TfValue {
  if (args.length !== 1) throw new ExpressionEvalError('can() takes exactly one argument')
  try {
    const value = evaluate(args[0] as Expr, ctx)
    return isPending(value) ? computedFrom(value) : true
  } catch (e) {
    if (!(e instanceof ExpressionEvalError) || e instanceof ExpressionLimitError) throw e
    return false
  }
}

/**
 * A template: text, interpolations and directives joined into a string. A template that is one
 * interpolation alone returns its value unconverted (a list stays a list), as Terraform does.
 */
export function evaluateTemplate(parts: TemplatePart[], ctx: EvalContext): TfValue {
  const only = parts[0]
  if (parts.length === 1 && only?.kind === 'interpolation') return evaluate(only.expr, ctx)
  const pending: TfValue[] = []
  const text = renderParts(parts, ctx, pending)
  charge(ctx, shallowSize(text))
  return pending.length > 0 ? computedFrom(...pending) : text
}

function renderParts(parts: TemplatePart[], ctx: EvalContext, pending: TfValue[]): string {
  let out = ''
  for (const part of parts) {
    if (part.kind === 'text') out += part.text
    else if (part.kind === 'interpolation') out += interpolate(evaluate(part.expr, ctx), pending)
    else if (part.kind === 'if') {
      const test = evaluate(part.condition, ctx)
      if (isPending(test)) pending.push(test)
      else out += renderParts(toBool(test, 'the %{ if } condition') ? part.then : part.else, ctx, pending)
    } else {
      const collection = evaluate(part.collection, ctx)
      if (isPending(collection)) {
        pending.push(collection)
        continue
      }
      const pairs = forPairs(collection)
      charge(ctx, pairs.length)
      for (const [k, v] of pairs) {
        const symbols: Record<string, TfValue> = { [part.valueVar]: v }
        if (part.keyVar !== undefined) setEntry(symbols, part.keyVar, k)
        out += renderParts(part.body, { ...ctx, scope: withSymbols(ctx.scope, symbols) }, pending)
        if (out.length > MAX_STRING_CHARS) break
      }
    }
    if (out.length > MAX_STRING_CHARS) throw new ExpressionLimitError(`the string is longer than ${MAX_STRING_CHARS} characters`)
  }
  return out
}

function interpolate(value: TfValue, pending: TfValue[]): string {
  if (isPending(value)) {
    pending.push(value)
    return ''
  }
  if (value === null) throw new ExpressionEvalError('a template cannot include a null value')
  if (typeof value === 'object') throw new ExpressionEvalError(`a template cannot include a ${Array.isArray(value) ? 'list' : 'map'} (use join() or jsonencode())`)
  return toStr(value)
}
