/**
 * A new part's id: `prefix`, or `prefix-2`, `prefix-3`… the first one no part already has.
 * nextFreeId('service', ['service', 'service-2']) → 'service-3'
 */
export function nextFreeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(prefix)) return prefix
  for (let n = 2; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`
}
