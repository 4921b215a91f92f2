import type { TfRef } from '../types'

/** Longest excerpt of an expression an error carries, so a hostile file cannot bloat the report. */
const EXCERPT_CHARS = 200

function excerpt(expression: string): string {
  return expression.length > EXCERPT_CHARS ? `${expression.slice(0, EXCERPT_CHARS)}…` : expression
}

/**
 * An expression Terraform would refuse to parse. `detail` is the parser's own English phrase
 * (Terraform's words, like the CLI shows); the catalog's `import.syntax-error` frames it.
 * `offset` counts characters from the start of `expression`.
 */
export class ExpressionSyntaxError extends Error {
  readonly code = 'import.syntax-error'
  readonly params: { detail: string; expression: string }
  constructor(
    detail: string,
    expression: string,
    readonly offset: number,
    /** Refused for its size or depth (limits.ts), not for its grammar. */
    readonly tooLarge = false,
  ) {
    super(`${detail} at ${offset}`)
    this.name = 'ExpressionSyntaxError'
    this.params = { detail, expression: excerpt(expression) }
  }
}

/**
 * An expression that parses but fails the way Terraform's evaluation fails (index out of range, a
 * wrong type, a missing attribute). `try()` and `can()` catch it.
 */
export class ExpressionEvalError extends Error {
  readonly code = 'import.eval-error'
  readonly params: { detail: string; expression?: string }
  /** Characters from the start of `params.expression` to the part that failed, once known. */
  offset?: number
  constructor(detail: string, expression?: string) {
    super(detail)
    this.name = 'ExpressionEvalError'
    this.params = expression === undefined ? { detail } : { detail, expression: excerpt(expression) }
  }

  /** Names the text that failed (the evaluator learns it only at the top, where the text came in). */
  inExpression(expression: string): this {
    if (this.params.expression === undefined) this.params.expression = excerpt(expression)
    return this
  }
}

/**
 * Thrown when an operation needs a value that is only known once AWS creates resources; the
 * nearest operation or function call turns it into TfUnknown('computed') carrying `refs`.
 */
export class UnknownSignal {
  constructor(readonly refs: TfRef[]) {}
}

/**
 * An evaluation that went past a bound of limits.ts. `try()` and `can()` let it through, so a
 * hostile expression cannot retry its way around the bound.
 */
export class ExpressionLimitError extends ExpressionEvalError {}
