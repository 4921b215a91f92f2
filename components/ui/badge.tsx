import type { ReactNode } from 'react'

/** A small rounded label; `tone` comes from tones.ts so colours keep their meaning. */
export function Badge({ tone, children }: { tone: string; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>{children}</span>
}
