/**
 * Runs `task` when the page is idle (within `timeoutMs` at the latest); at once, after this task,
 * where the browser cannot say (Safari, jsdom). Returns a function that cancels it.
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void, timeoutMs = 1_000): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = setTimeout(() => task(), 0)
    return () => clearTimeout(timer)
  }
  const idle = window.requestIdleCallback(task, { timeout: timeoutMs })
  return () => window.cancelIdleCallback(idle)
}
