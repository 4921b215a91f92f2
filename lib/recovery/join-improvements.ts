import type { Improvement, SingleImprovement } from './recovery-reasons'

/**
 * Several config changes as one instruction, without repeats; null when there are none.
 * Example: [multi-az, nat-per-az] → { code: 'recovery.improve.several', params: { items: [multi-az, nat-per-az] } },
 * worded "Turn on Database Multi-AZ and run one NAT gateway per AZ".
 */
export function joinImprovements(improvements: readonly (Improvement | null)[]): Improvement | null {
  const flat = improvements.flatMap((i): SingleImprovement[] => (i === null ? [] : i.code === 'recovery.improve.several' ? i.params.items : [i]))
  const unique = [...new Map(flat.map((i) => [JSON.stringify(i), i])).values()]
  if (unique.length === 0) return null
  if (unique.length === 1) return unique[0]!
  return { code: 'recovery.improve.several', params: { items: unique } }
}
