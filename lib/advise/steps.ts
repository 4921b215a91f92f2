/**
 * Work done in slices: a generator that yields after each bounded piece (one design evaluated, one
 * proposal priced) and returns its answer. A caller that must stay responsive (the Advisor's web
 * worker) runs a few steps at a time; everyone else runs it through at once with `runToEnd`.
 */
export type Steps<T> = Generator<void, T, void>

/** The answer of `steps`, every step run now: the synchronous path, the same answer as any slicing of it. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
