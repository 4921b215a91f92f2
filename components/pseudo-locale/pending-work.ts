/** Work the page started that the test must wait for: lazy chunks loading, API requests answering. */
let pending = 0

export function trackPending<T>(work: Promise<T>): Promise<T> {
  pending++
  return work.finally(() => pending--)
}

export function hasPendingWork(): boolean {
  return pending > 0
}
