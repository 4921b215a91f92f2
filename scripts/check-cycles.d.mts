// Types for scripts/check-cycles.mjs (plain JavaScript so that scripts/run-tests.mjs runs it without a build).
export declare function findCycles(options?: {
  root?: string
  config?: object
  paths?: string[]
}): Promise<{ cycles: string[]; modules: number; dependencies: number }>
