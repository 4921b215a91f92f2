/** Runs `fn` `runs` times after a warm-up and returns the median and p95 in milliseconds. */
export function measure(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): { medianMs: number; p95Ms: number; runs: number } {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return summarise(samples)
}

export function summarise(samples: number[]): { medianMs: number; p95Ms: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), runs: samples.length }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
