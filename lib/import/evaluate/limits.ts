/** Bounds on one evaluation (ADR 011): a configuration past them is refused, never left to hang. */
export const MAX_INSTANCES = 10_000
/** `count` or the elements of `for_each` (of a resource, a module call or a dynamic block). */
export const MAX_REPETITIONS = 1_000
/** Modules calling modules: Terraform sets no limit; real configurations stay under four. */
export const MAX_MODULE_DEPTH = 10
/**
 * Values waiting on values (a local read by a module input read by a resource…): real
 * configurations stay under 30 levels; the bound stops a hostile chain before the stack runs out.
 */
export const MAX_REFERENCE_DEPTH = 100
