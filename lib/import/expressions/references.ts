import type { Expr, TemplatePart } from './ast'

/**
 * The names an expression reads, as dotted prefixes of at most two parts (`var.x`, `local.y`,
 * `aws_vpc.main`, `module.net`, `count.index`), three for a data source (`data.aws_ami.ubuntu`,
 * whose address has three), in order of first appearance. Symbols a `for` declares are left out.
 */
export function collectReferences(expr: Expr | TemplatePart[], into: string[] = [], bound: ReadonlySet<string> = new Set()): string[] {
  const add = (name: string) => {
    if (!into.includes(name)) into.push(name)
  }
  const visit = (e: Expr, symbols: ReadonlySet<string>): void => {
    const path = traversalPath(e)
    if (path) {
      if (!symbols.has(path[0] as string)) add(path.slice(0, path[0] === 'data' ? 3 : 2).join('.'))
      return
    }
    switch (e.kind) {
      case 'literal':
      case 'splat-item':
      case 'variable':
        return
      case 'template':
        return visitParts(e.parts, symbols)
      case 'get-attr':
        return visit(e.target, symbols)
      case 'index':
        visit(e.target, symbols)
        return visit(e.key, symbols)
      case 'splat':
        visit(e.source, symbols)
        return visit(e.each, symbols)
      case 'tuple':
        return e.items.forEach((x) => visit(x, symbols))
      case 'object':
        return e.items.forEach((item) => {
          visit(item.key, symbols)
          visit(item.value, symbols)
        })
      case 'call':
        return e.args.forEach((x) => visit(x, symbols))
      case 'unary':
        return visit(e.operand, symbols)
      case 'binary':
        visit(e.left, symbols)
        return visit(e.right, symbols)
      case 'conditional':
        visit(e.condition, symbols)
        visit(e.whenTrue, symbols)
        return visit(e.whenFalse, symbols)
      case 'for': {
        visit(e.collection, symbols)
        const inner = new Set([...symbols, e.valueVar, ...(e.keyVar ? [e.keyVar] : [])])
        for (const x of [e.key, e.value, e.condition]) if (x) visit(x, inner)
        return
      }
    }
  }
  const visitParts = (parts: TemplatePart[], symbols: ReadonlySet<string>): void => {
    for (const p of parts) {
      if (p.kind === 'interpolation') visit(p.expr, symbols)
      else if (p.kind === 'if') {
        visit(p.condition, symbols)
        visitParts(p.then, symbols)
        visitParts(p.else, symbols)
      } else if (p.kind === 'for') {
        visit(p.collection, symbols)
        visitParts(p.body, new Set([...symbols, p.valueVar, ...(p.keyVar ? [p.keyVar] : [])]))
      }
    }
  }
  if (Array.isArray(expr)) visitParts(expr, bound)
  else visit(expr, bound)
  return into
}

/**
 * `var.x`, `aws_vpc.main.id`, `count.index` → their names up to the first non-attribute step;
 * `aws_subnet.app[0].id` → [aws_subnet, app]; undefined when the expression is not a traversal.
 * Index keys that are expressions are visited by the caller's walk, not here.
 */
function traversalPath(e: Expr): string[] | undefined {
  const names: string[] = []
  let node: Expr = e
  while (node.kind === 'get-attr' || (node.kind === 'index' && node.key.kind === 'literal')) {
    names.unshift(node.kind === 'get-attr' ? node.name : '')
    node = node.target
  }
  if (node.kind !== 'variable') return undefined
  const path = [node.name]
  for (const n of names) {
    if (n === '') break
    path.push(n)
  }
  return path
}
