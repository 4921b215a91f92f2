/**
 * The parsed form of Terraform's expression language (HCL native syntax). Every node keeps `at`,
 * its character offset in the source, for error messages.
 */
export type Expr =
  | { kind: 'literal'; value: null | boolean | number | string; at: number }
  | { kind: 'template'; parts: TemplatePart[]; at: number }
  | { kind: 'variable'; name: string; at: number }
  | { kind: 'get-attr'; target: Expr; name: string; at: number }
  | { kind: 'index'; target: Expr; key: Expr; at: number }
  /** `source[*].a.b` (full) or `source.*.a` (attribute-only): `each` is applied to every element via `splat-item`. */
  | { kind: 'splat'; source: Expr; each: Expr; at: number }
  | { kind: 'splat-item'; at: number }
  | { kind: 'tuple'; items: Expr[]; at: number }
  | { kind: 'object'; items: ObjectItem[]; at: number }
  | { kind: 'call'; name: string; args: Expr[]; expandLast: boolean; at: number }
  | { kind: 'unary'; op: '!' | '-'; operand: Expr; at: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; at: number }
  | { kind: 'conditional'; condition: Expr; whenTrue: Expr; whenFalse: Expr; at: number }
  | ForExpr

export type BinaryOp = '*' | '/' | '%' | '+' | '-' | '>' | '>=' | '<' | '<=' | '==' | '!=' | '&&' | '||'

/** `{ name = v }` keys a bare name (`keyName`); `{ (expr) = v }` and `{ "k${x}" = v }` evaluate `key`. */
export type ObjectItem = { key: Expr; value: Expr }

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
export type ForExpr = {
  kind: 'for'
  keyVar?: string
  valueVar: string
  collection: Expr
  /** Present for an object `for`. */
  key?: Expr
  value: Expr
  condition?: Expr
  /** `...` after the value: values with the same key are grouped into a list. */
  group: boolean
  at: number
}

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'interpolation'; expr: Expr }
  | { kind: 'if'; condition: Expr; then: TemplatePart[]; else: TemplatePart[]; at: number }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; body: TemplatePart[]; at: number }
